// @name migrations/024-claim-in-map
// A map's claims: `(n:Claim {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. The (mapId, id) index of migrations/017-claim-map serves
// it only when the statement also says `n.id IS NOT NULL` (PROFILE: a label scan over every map).
CREATE INDEX claim_in_map IF NOT EXISTS FOR (n:Claim) ON (n.mapId)
