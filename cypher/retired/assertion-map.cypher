// @name retired/assertion-map
// The (mapId, id) index served no statement (one that names only the map needs an index on mapId alone).
DROP INDEX assertion_map IF EXISTS
