// @name retired/claim-map
// The (mapId, id) index served no statement (one that names only the map needs an index on mapId alone).
DROP INDEX claim_map IF EXISTS
