// @name merge/forget-merged-ids
// Before a revert rebuilds them (merge/record-merged-ids): the merged-id records of the nodes it
// put back, and those of merged ids that are nodes again.
UNWIND $ids AS id
CALL (id) {
  MATCH (m:MergedId {intoId: id} WHERE {{in-map m}})
  DETACH DELETE m
}
CALL (id) {
  MATCH (m:MergedId {id: id} WHERE {{in-map m}})
  WHERE EXISTS { (:Claim {id: id}) } OR EXISTS { (:Actor {id: id}) }
  DETACH DELETE m
}
RETURN count(id) AS forgotten
