// @name proposal/find-map-actors
// The map's actors a text may name, at most $limit of them.
MATCH (x:Actor {mapId: $mapId})
RETURN {{actor x}} AS item ORDER BY x.id LIMIT $limit
