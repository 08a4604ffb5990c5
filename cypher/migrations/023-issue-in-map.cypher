// @name migrations/023-issue-in-map
// A map's issues: `(n:Issue {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. (A (mapId, id) index would serve
// it only if the statement also said `n.id IS NOT NULL`: PROFILE showed a label scan over every map.)
CREATE INDEX issue_in_map IF NOT EXISTS FOR (n:Issue) ON (n.mapId)
