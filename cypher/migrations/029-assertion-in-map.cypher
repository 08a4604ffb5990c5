// @name migrations/029-assertion-in-map
// A map's assertions: `(n:Assertion {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. The (mapId, id) index of migrations/022-assertion-map serves
// it only when the statement also says `n.id IS NOT NULL` (PROFILE: a label scan over every map).
CREATE INDEX assertion_in_map IF NOT EXISTS FOR (n:Assertion) ON (n.mapId)
