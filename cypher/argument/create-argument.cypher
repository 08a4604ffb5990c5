// @name argument/create-argument
CREATE (a:Argument {id: $id, kind: $kind, attackKind: $attackKind, scheme: $scheme, rationale: $rationale})
WITH a
CALL (a) {
  UNWIND $premiseIds AS premiseId
  MATCH (p:Claim {id: premiseId})
  CREATE (p)-[:PREMISE]->(a)
}
CALL (a) {
  OPTIONAL MATCH (c:Claim {id: $conclusionId})
  OPTIONAL MATCH (t:Argument {id: $targetArgumentId})
  WITH a, coalesce(c, t) AS target WHERE target IS NOT NULL
  CREATE (a)-[:CONCLUSION]->(target)
}
RETURN a {.id, .kind, .attackKind, .scheme, .rationale, .reconstructed, conclusionId: [(a)-[:CONCLUSION]->(t:Claim) | t.id][0], targetArgumentId: [(a)-[:CONCLUSION]->(t:Argument) | t.id][0]} AS item
