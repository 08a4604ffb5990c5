// @name migrations/020-source-map
// A map's sources by id: lists and pages within one map are index seeks, whatever the other maps hold.
CREATE INDEX source_map IF NOT EXISTS FOR (n:Source) ON (n.mapId, n.id)
