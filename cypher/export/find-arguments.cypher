// @name export/find-arguments
MATCH (a:Argument) WHERE $ids IS NULL OR a.id IN $ids
RETURN a {.id, .kind, .attackKind, .scheme, .rationale, .reconstructed,
  premiseIds: COLLECT { MATCH (p:Claim)-[:PREMISE]->(a) RETURN p.id ORDER BY p.id },
  conclusionId: [(a)-[:CONCLUSION]->(c:Claim) | c.id][0],
  targetArgumentId: [(a)-[:CONCLUSION]->(t:Argument) | t.id][0]} AS item
ORDER BY a.id
