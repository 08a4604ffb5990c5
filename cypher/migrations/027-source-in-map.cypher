// @name migrations/027-source-in-map
// A map's sources: `(n:Source {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. The (mapId, id) index of migrations/020-source-map serves
// it only when the statement also says `n.id IS NOT NULL` (PROFILE: a label scan over every map).
CREATE INDEX source_in_map IF NOT EXISTS FOR (n:Source) ON (n.mapId)
