// @name retired/issue-map
// The (mapId, id) index served no statement (one that names only the map needs an index on mapId alone).
DROP INDEX issue_map IF EXISTS
