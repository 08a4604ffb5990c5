// @name node/find-node-labels-by-ids
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id} WHERE {{in-map n}}) RETURN 'Claim' AS label
  UNION ALL MATCH (n:Argument {id: id} WHERE {{in-map n}}) RETURN 'Argument' AS label
  UNION ALL MATCH (n:Actor {id: id} WHERE {{in-map n}}) RETURN 'Actor' AS label
  UNION ALL MATCH (n:Source {id: id} WHERE {{in-map n}}) RETURN 'Source' AS label
  UNION ALL MATCH (n:Provision {id: id} WHERE {{in-map n}}) RETURN 'Provision' AS label
  UNION ALL MATCH (n:Assertion {id: id} WHERE {{in-map n}}) RETURN 'Assertion' AS label
  UNION ALL MATCH (n:Issue {id: id} WHERE {{in-map n}}) RETURN 'Issue' AS label
}
RETURN id, label
