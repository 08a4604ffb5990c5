// @fragment in-map(n)
// Node n is in the request's map; a lookup by id across maps ($mapId null) takes it wherever it is.
($mapId IS NULL OR n.mapId = $mapId)
