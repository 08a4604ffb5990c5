// @name revision/list-revisions
// Revisions in order, optionally those that touched one node, made with one key, or in a time range.
// Cursors carry the revision number.
CALL () {
  MATCH (r:Revision {mapId: $mapId})
  WHERE ($nodeId IS NULL OR EXISTS { MATCH (c:Change {nodeId: $nodeId}) WHERE c.revision = r.revision AND c.mapId = r.mapId })
  AND ($keyName IS NULL OR r.keyName = $keyName)
  AND ($since IS NULL OR r.at >= datetime($since))
  AND ($until IS NULL OR r.at <= datetime($until))
  RETURN count(r) AS totalCount,
    count(CASE WHEN r.revision <= toInteger($after) THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN r.revision >= toInteger($before) THEN 1 END) > 0 AS hasAfter
}
CALL () {
  MATCH (r:Revision {mapId: $mapId})
  WHERE ($after IS NULL OR r.revision > toInteger($after))
  AND ($before IS NULL OR r.revision < toInteger($before))
  AND ($nodeId IS NULL OR EXISTS { MATCH (c:Change {nodeId: $nodeId}) WHERE c.revision = r.revision AND c.mapId = r.mapId })
  AND ($keyName IS NULL OR r.keyName = $keyName)
  AND ($since IS NULL OR r.at >= datetime($since))
  AND ($until IS NULL OR r.at <= datetime($until))
  WITH r ORDER BY CASE WHEN $fromEnd THEN null ELSE r.revision END, CASE WHEN $fromEnd THEN r.revision END DESC LIMIT $limit
  RETURN collect({
    mapId: r.mapId, revision: r.revision, at: toString(r.at), keyName: r.keyName, authorKind: r.authorKind, authorUserId: r.authorUserId, operation: r.operation, nodeIds: r.nodeIds
  }) AS items
}
RETURN totalCount, hasBefore, hasAfter, items
