// @name retired/actor-map
// The (mapId, id) index served no statement (one that names only the map needs an index on mapId alone).
DROP INDEX actor_map IF EXISTS
