// @name node/find-node-labels-by-ids
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id}) RETURN 'Claim' AS label
  UNION ALL MATCH (n:Argument {id: id}) RETURN 'Argument' AS label
  UNION ALL MATCH (n:Actor {id: id}) RETURN 'Actor' AS label
  UNION ALL MATCH (n:Source {id: id}) RETURN 'Source' AS label
  UNION ALL MATCH (n:Provision {id: id}) RETURN 'Provision' AS label
  UNION ALL MATCH (n:Assertion {id: id}) RETURN 'Assertion' AS label
  UNION ALL MATCH (n:Issue {id: id}) RETURN 'Issue' AS label
}
RETURN id, label
