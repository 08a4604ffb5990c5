// @name retired/source-map
// The (mapId, id) index served no statement (one that names only the map needs an index on mapId alone).
DROP INDEX source_map IF EXISTS
