// @name migrations/025-argument-in-map
// A map's arguments: `(n:Argument {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. The (mapId, id) index of migrations/018-argument-map serves
// it only when the statement also says `n.id IS NOT NULL` (PROFILE: a label scan over every map).
CREATE INDEX argument_in_map IF NOT EXISTS FOR (n:Argument) ON (n.mapId)
