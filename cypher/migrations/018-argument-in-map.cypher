// @name migrations/018-argument-in-map
// A map's arguments: `(n:Argument {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. (A (mapId, id) index would serve
// it only if the statement also said `n.id IS NOT NULL`: PROFILE showed a label scan over every map.)
CREATE INDEX argument_in_map IF NOT EXISTS FOR (n:Argument) ON (n.mapId)
