// @name proposal/update-proposal
// A review's outcome, written only over the version it read: no row when another review came first.
MATCH (p:Proposal {id: $id}) WHERE p.mapId = $mapId AND p.version = $version
SET p.items = $items, p.status = $status, p.sourceId = $sourceId, p.newSource = $newSource, p.version = p.version + 1
RETURN {{proposal p}} AS item
