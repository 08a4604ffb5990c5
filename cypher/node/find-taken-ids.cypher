// @name node/find-taken-ids
// Which of these ids a new node may not take: a node of the map has it, or a merge took it (a
// merged id keeps naming its survivor, in whichever map).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id} WHERE {{in-map n}}) RETURN n.id AS taken
  UNION ALL MATCH (n:Argument {id: id} WHERE {{in-map n}}) RETURN n.id AS taken
  UNION ALL MATCH (n:Actor {id: id} WHERE {{in-map n}}) RETURN n.id AS taken
  UNION ALL MATCH (n:Source {id: id} WHERE {{in-map n}}) RETURN n.id AS taken
  UNION ALL MATCH (n:Provision {id: id} WHERE {{in-map n}}) RETURN n.id AS taken
  UNION ALL MATCH (n:Assertion {id: id} WHERE {{in-map n}}) RETURN n.id AS taken
  UNION ALL MATCH (n:Issue {id: id} WHERE {{in-map n}}) RETURN n.id AS taken
  UNION ALL MATCH (n:MergedId {id: id}) RETURN n.id AS taken
}
RETURN DISTINCT taken AS id
