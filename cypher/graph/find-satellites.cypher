// @name graph/find-satellites
// What hangs off the given claims and arguments: who asserted them and where, which
// provisions the claims cite (and the provisions those belong to), which issues they address.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id}) RETURN n
  UNION MATCH (n:Argument {id: id}) RETURN n
}
CALL (n) {
  MATCH (n)<-[:OF]-(:Assertion)-[:BY]->(x:Actor)
  RETURN DISTINCT 'ASSERTS' AS type, x.id AS source, n.id AS target, null AS label,
    x.id AS otherId, 'Actor' AS otherType, x.name AS otherLabel, x.kind AS otherKind
  UNION
  MATCH (n)<-[:OF]-(:Assertion)-[:IN]->(s:Source)
  RETURN DISTINCT 'REPORTED_IN' AS type, n.id AS source, s.id AS target, null AS label,
    s.id AS otherId, 'Source' AS otherType, s.title AS otherLabel, s.kind AS otherKind
  UNION
  MATCH (n)-[c:CITES]->(p:Provision)
  RETURN 'CITES' AS type, n.id AS source, p.id AS target, c.role AS label,
    p.id AS otherId, 'Provision' AS otherType, p.name AS otherLabel, p.kind AS otherKind
  UNION
  MATCH (n)-[a:ADDRESSES]->(i:Issue)
  RETURN 'ADDRESSES' AS type, n.id AS source, i.id AS target, a.stance AS label,
    i.id AS otherId, 'Issue' AS otherType, i.question AS otherLabel, null AS otherKind
}
RETURN id, type, source, target, label, otherId, otherType, otherLabel, otherKind
