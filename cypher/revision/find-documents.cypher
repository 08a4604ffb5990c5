// @name revision/find-documents
// What the revision log keeps of each node: its label, its properties and its outgoing
// relationships (each relationship belongs to its start node), every value with its type so a
// revert can write it back as it was.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id}) RETURN n, 'Claim' AS label
  UNION ALL MATCH (n:Argument {id: id}) RETURN n, 'Argument' AS label
  UNION ALL MATCH (n:Actor {id: id}) RETURN n, 'Actor' AS label
  UNION ALL MATCH (n:Source {id: id}) RETURN n, 'Source' AS label
  UNION ALL MATCH (n:Provision {id: id}) RETURN n, 'Provision' AS label
  UNION ALL MATCH (n:Assertion {id: id}) RETURN n, 'Assertion' AS label
  UNION ALL MATCH (n:Issue {id: id}) RETURN n, 'Issue' AS label
}
RETURN id, label,
  [k IN keys(n) | {key: k, type: valueType(n[k]), value: n[k]}] AS props,
  [(n)-[r]->(m) | {type: type(r), to: m.id, props: [k IN keys(r) | {key: k, type: valueType(r[k]), value: r[k]}]}] AS out
