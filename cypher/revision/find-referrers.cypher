// @name revision/find-referrers
// The nodes whose relationships point at these: deleting these changes those nodes' documents.
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
MATCH (n)<--(m)
RETURN DISTINCT m.id AS id
