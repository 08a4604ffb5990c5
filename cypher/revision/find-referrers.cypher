// @name revision/find-referrers
// The nodes whose relationships point at these: deleting these changes those nodes' documents.
// The ids come grouped by label (the label is in the id).
CALL () {
  UNWIND $ids.Claim AS id MATCH (n:Claim {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL UNWIND $ids.Argument AS id MATCH (n:Argument {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL UNWIND $ids.Actor AS id MATCH (n:Actor {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL UNWIND $ids.Source AS id MATCH (n:Source {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL UNWIND $ids.Provision AS id MATCH (n:Provision {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL UNWIND $ids.Assertion AS id MATCH (n:Assertion {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL UNWIND $ids.Issue AS id MATCH (n:Issue {id: id} WHERE {{in-map n}}) RETURN n
}
MATCH (n)<--(m)
RETURN DISTINCT m.id AS id
