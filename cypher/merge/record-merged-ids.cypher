// @name merge/record-merged-ids
// The merged-id records of these claims and actors, as their `mergedFrom` lists say (after a
// revert put the nodes back as they were).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL MATCH (n:Actor {id: id} WHERE {{in-map n}}) RETURN n
}
UNWIND coalesce(n.mergedFrom, []) AS merged
MERGE (m:MergedId {id: merged})
SET m.mapId = $mapId, m.intoId = n.id
RETURN count(merged) AS recorded
