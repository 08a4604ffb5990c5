// @name revision/list-revisions-by-node-ids
// The history of each node: the revisions that changed it, a page at a time, by revision. The
// nodes each one changed are left out (an import batch names thousands): see find-node-ids.
UNWIND $ids AS key
CALL (key) {
  MATCH (c:Change {nodeId: key})
  WHERE {{in-map c}}
  RETURN count(c) AS totalCount,
    count(CASE WHEN c.revision <= toInteger($after) THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN c.revision >= toInteger($before) THEN 1 END) > 0 AS hasAfter
}
CALL (key) {
  MATCH (c:Change {nodeId: key})
  WHERE {{in-map c}}
  AND ($after IS NULL OR c.revision > toInteger($after))
  AND ($before IS NULL OR c.revision < toInteger($before))
  WITH c ORDER BY CASE WHEN $fromEnd THEN null ELSE c.revision END, CASE WHEN $fromEnd THEN c.revision END DESC LIMIT $limit
  WITH c, COLLECT { MATCH (r:Revision {mapId: c.mapId, revision: c.revision}) RETURN r }[0] AS r
  RETURN collect({
    mapId: r.mapId, revision: r.revision, at: toString(r.at), keyName: r.keyName, authorKind: r.authorKind, authorUserId: r.authorUserId, operation: r.operation
  }) AS items
}
RETURN key, totalCount, hasBefore, hasAfter, items
