// @name migrations/018-argument-map
// A map's arguments by id: lists and pages within one map are index seeks, whatever the other maps hold.
CREATE INDEX argument_map IF NOT EXISTS FOR (n:Argument) ON (n.mapId, n.id)
