// @name proposal/update-proposal
// A review's outcome, written only over the version it read: no row when another review came first.
// The node is locked before its version is read (a write takes its lock until the commit), so two
// reviews that read the same version cannot both write.
MATCH (p:Proposal {id: $id}) WHERE p.mapId = $mapId
SET p.locked = true
REMOVE p.locked
WITH p WHERE p.version = $version
SET p.items = $items, p.status = $status, p.sourceId = $sourceId, p.newSource = $newSource, p.version = p.version + 1
RETURN {{proposal p}} AS item
