// @name revision/find-documents
// What the revision log keeps of each node: its label, its properties and its outgoing
// relationships (each relationship belongs to its start node), every value with its type so a
// revert can write it back as it was. The ids come grouped by label (the label is in the id).
CALL () {
  UNWIND $ids.Claim AS id MATCH (n:Claim {id: id} WHERE {{in-map n}}) RETURN n, 'Claim' AS label
  UNION ALL UNWIND $ids.Argument AS id MATCH (n:Argument {id: id} WHERE {{in-map n}}) RETURN n, 'Argument' AS label
  UNION ALL UNWIND $ids.Actor AS id MATCH (n:Actor {id: id} WHERE {{in-map n}}) RETURN n, 'Actor' AS label
  UNION ALL UNWIND $ids.Source AS id MATCH (n:Source {id: id} WHERE {{in-map n}}) RETURN n, 'Source' AS label
  UNION ALL UNWIND $ids.Provision AS id MATCH (n:Provision {id: id} WHERE {{in-map n}}) RETURN n, 'Provision' AS label
  UNION ALL UNWIND $ids.Assertion AS id MATCH (n:Assertion {id: id} WHERE {{in-map n}}) RETURN n, 'Assertion' AS label
  UNION ALL UNWIND $ids.Issue AS id MATCH (n:Issue {id: id} WHERE {{in-map n}}) RETURN n, 'Issue' AS label
}
RETURN n.id AS id, label, {{document-props n}} AS props,
  [(n)-[r]->(m) | [type(r), m.id, {{document-props r}}]] AS out
