// @name revision/record-revision
// One revision of the map and the before and after of every node it changed, in the write's own
// transaction.
CREATE (r:Revision {
  mapId: $mapId, revision: $revision, epoch: $epoch, at: datetime(), keyName: $keyName,
  authorKind: $authorKind, authorUserId: $authorUserId, operation: $operation, nodeIds: $nodeIds
})
WITH r
CALL (r) {
  UNWIND $changes AS change
  CREATE (:Change {
    mapId: r.mapId, revision: r.revision, nodeId: change.nodeId, label: change.label, before: change.before, after: change.after
  })
}
RETURN r.revision AS revision, toString(r.at) AS at
