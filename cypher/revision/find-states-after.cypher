// @name revision/find-states-after
// Every node with one of $labels changed after $revision, with its state at $revision: the
// `before` of its first change after it (null: it did not exist then).
MATCH (c:Change {mapId: $mapId})
WHERE c.revision > $revision AND c.label IN $labels
WITH c ORDER BY c.revision
WITH c.nodeId AS id, collect(c)[0] AS first
RETURN id, first.before AS before
