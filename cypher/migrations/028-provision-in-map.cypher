// @name migrations/028-provision-in-map
// A map's provisions: `(n:Provision {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. The (mapId, id) index of migrations/021-provision-map serves
// it only when the statement also says `n.id IS NOT NULL` (PROFILE: a label scan over every map).
CREATE INDEX provision_in_map IF NOT EXISTS FOR (n:Provision) ON (n.mapId)
