// @name db/find-unadopted
// A store written before maps were the unit keeps its revision in a MapState node: while it is
// there, its nodes are still to be moved into the default map (see db/adopt-nodes).
OPTIONAL MATCH (s:MapState {id: 'map'})
RETURN s IS NOT NULL AS pending
