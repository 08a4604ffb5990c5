// @name revision/find-node-ids
// The nodes each revision changed (an import batch names thousands: read only when asked for).
UNWIND $revisions AS n
MATCH (r:Revision {mapId: $mapId, revision: n})
RETURN r.revision AS revision, r.nodeIds AS nodeIds
