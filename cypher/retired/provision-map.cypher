// @name retired/provision-map
// The (mapId, id) index served no statement (one that names only the map needs an index on mapId alone).
DROP INDEX provision_map IF EXISTS
