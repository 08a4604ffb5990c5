// @name node/delete-nodes
// Deletes these nodes with their relationships (a deletion planned by a find-*-deletion statement).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id}) RETURN n
  UNION ALL MATCH (n:Argument {id: id}) RETURN n
  UNION ALL MATCH (n:Actor {id: id}) RETURN n
  UNION ALL MATCH (n:Source {id: id}) RETURN n
  UNION ALL MATCH (n:Provision {id: id}) RETURN n
  UNION ALL MATCH (n:Assertion {id: id}) RETURN n
  UNION ALL MATCH (n:Issue {id: id}) RETURN n
}
DETACH DELETE n
RETURN count(*) AS deleted
