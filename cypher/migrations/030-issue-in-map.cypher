// @name migrations/030-issue-in-map
// A map's issues: `(n:Issue {mapId: $mapId})`, as every list, export and evaluation read starts, is an
// index seek whatever the other maps hold. The (mapId, id) index of migrations/023-issue-map serves
// it only when the statement also says `n.id IS NOT NULL` (PROFILE: a label scan over every map).
CREATE INDEX issue_in_map IF NOT EXISTS FOR (n:Issue) ON (n.mapId)
