// @name migrations/021-provision-map
// A map's provisions by id: lists and pages within one map are index seeks, whatever the other maps hold.
CREATE INDEX provision_map IF NOT EXISTS FOR (n:Provision) ON (n.mapId, n.id)
