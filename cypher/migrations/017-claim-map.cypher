// @name migrations/017-claim-map
// A map's claims by id: lists and pages within one map are index seeks, whatever the other maps hold.
CREATE INDEX claim_map IF NOT EXISTS FOR (n:Claim) ON (n.mapId, n.id)
