// @name retired/argument-map
// The (mapId, id) index served no statement (one that names only the map needs an index on mapId alone).
DROP INDEX argument_map IF EXISTS
