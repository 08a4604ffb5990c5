// @name revision/find-referrers
// The nodes whose relationships point at these: deleting these changes those nodes' documents.
// The ids come grouped by label (the label is in the id).
CALL () {
  UNWIND $ids.Claim AS id MATCH (n:Claim {id: id}) RETURN n
  UNION ALL UNWIND $ids.Argument AS id MATCH (n:Argument {id: id}) RETURN n
  UNION ALL UNWIND $ids.Actor AS id MATCH (n:Actor {id: id}) RETURN n
  UNION ALL UNWIND $ids.Source AS id MATCH (n:Source {id: id}) RETURN n
  UNION ALL UNWIND $ids.Provision AS id MATCH (n:Provision {id: id}) RETURN n
  UNION ALL UNWIND $ids.Assertion AS id MATCH (n:Assertion {id: id}) RETURN n
  UNION ALL UNWIND $ids.Issue AS id MATCH (n:Issue {id: id}) RETURN n
}
MATCH (n)<--(m)
RETURN DISTINCT m.id AS id
