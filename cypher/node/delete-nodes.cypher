// @name node/delete-nodes
// Deletes these nodes with their relationships (a deletion planned by a find-*-deletion statement),
// and the records of the ids merged into them (a revert that puts one back rebuilds them).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL MATCH (n:Argument {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL MATCH (n:Actor {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL MATCH (n:Source {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL MATCH (n:Provision {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL MATCH (n:Assertion {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL MATCH (n:Issue {id: id} WHERE {{in-map n}}) RETURN n
}
CALL (n) {
  MATCH (m:MergedId {intoId: n.id})
  DETACH DELETE m
}
DETACH DELETE n
RETURN count(*) AS deleted
