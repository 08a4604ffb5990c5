// @name migrations/023-issue-map
// A map's issues by id: lists and pages within one map are index seeks, whatever the other maps hold.
CREATE INDEX issue_map IF NOT EXISTS FOR (n:Issue) ON (n.mapId, n.id)
