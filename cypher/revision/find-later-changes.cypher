// @name revision/find-later-changes
// Revisions after $revision that changed any of these nodes: what a revert would overwrite.
UNWIND $ids AS id
MATCH (c:Change {nodeId: id})
WHERE c.revision > $revision AND c.mapId = $mapId
RETURN DISTINCT c.revision AS revision
ORDER BY revision
