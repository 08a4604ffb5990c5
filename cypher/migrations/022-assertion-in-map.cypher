// @name migrations/022-assertion-in-map
// A map's assertions: `(n:Assertion {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. (A (mapId, id) index would serve
// it only if the statement also said `n.id IS NOT NULL`: PROFILE showed a label scan over every map.)
CREATE INDEX assertion_in_map IF NOT EXISTS FOR (n:Assertion) ON (n.mapId)
