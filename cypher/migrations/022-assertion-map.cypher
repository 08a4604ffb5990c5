// @name migrations/022-assertion-map
// A map's assertions by id: lists and pages within one map are index seeks, whatever the other maps hold.
CREATE INDEX assertion_map IF NOT EXISTS FOR (n:Assertion) ON (n.mapId, n.id)
