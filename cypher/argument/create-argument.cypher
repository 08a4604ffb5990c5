// @name argument/create-argument
CREATE (a:Argument {id: $id, mapId: $mapId, kind: $kind, attackKind: $attackKind, scheme: $scheme, rationale: $rationale})
WITH a
CALL (a) {
  UNWIND range(0, size($premiseIds) - 1) AS position
  MATCH (p:Claim {id: $premiseIds[position]} WHERE {{in-map p}})
  CREATE (p)-[:PREMISE {position: position}]->(a)
}
CALL (a) {
  OPTIONAL MATCH (c:Claim {id: $conclusionId} WHERE {{in-map c}})
  OPTIONAL MATCH (t:Argument {id: $targetArgumentId} WHERE {{in-map t}})
  WITH a, coalesce(c, t) AS target WHERE target IS NOT NULL
  CREATE (a)-[:CONCLUSION]->(target)
}
RETURN {{argument a}} AS item
