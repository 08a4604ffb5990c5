// @name argument/create-argument
CREATE (a:Argument {id: $id, kind: $kind, attackKind: $attackKind, scheme: $scheme, rationale: $rationale})
WITH a
CALL (a) {
  UNWIND range(0, size($premiseIds) - 1) AS position
  MATCH (p:Claim {id: $premiseIds[position]})
  CREATE (p)-[:PREMISE {position: position}]->(a)
}
CALL (a) {
  OPTIONAL MATCH (c:Claim {id: $conclusionId})
  OPTIONAL MATCH (t:Argument {id: $targetArgumentId})
  WITH a, coalesce(c, t) AS target WHERE target IS NOT NULL
  CREATE (a)-[:CONCLUSION]->(target)
}
RETURN {{argument a}} AS item
