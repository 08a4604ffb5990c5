// @name migrations/026-actor-in-map
// A map's actors: `(n:Actor {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. The (mapId, id) index of migrations/019-actor-map serves
// it only when the statement also says `n.id IS NOT NULL` (PROFILE: a label scan over every map).
CREATE INDEX actor_in_map IF NOT EXISTS FOR (n:Actor) ON (n.mapId)
