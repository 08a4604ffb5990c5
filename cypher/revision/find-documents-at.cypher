// @name revision/find-documents-at
// Each node as it stood at $revision: the `before` of its first change after it, when it has
// one; otherwise it has not changed since and the present is the past.
UNWIND $ids AS id
OPTIONAL CALL (id) {
  MATCH (c:Change {nodeId: id})
  WHERE c.revision > $revision AND c.mapId = $mapId
  RETURN c ORDER BY c.revision LIMIT 1
}
RETURN id, c IS NOT NULL AS changedSince, c.before AS before
