// @name revision/find-changes
// The changes of some revisions by node id, at most $limit per revision, optionally only one node's.
UNWIND $revisions AS revision
CALL (revision) {
  MATCH (c:Change {mapId: $mapId, revision: revision})
  WHERE $nodeId IS NULL OR c.nodeId = $nodeId
  RETURN c ORDER BY c.nodeId LIMIT $limit
}
RETURN c.revision AS revision, c.nodeId AS nodeId, c.label AS label, c.before AS before, c.after AS after
