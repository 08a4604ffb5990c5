// @name export/find-arguments
MATCH (a:Argument) WHERE $ids IS NULL OR a.id IN $ids
RETURN a {.id, .kind, .attackKind, .scheme, .schemeId, .rationale, .reconstructed,
  premiseIds: COLLECT { MATCH (p:Claim)-[r:PREMISE]->(a) RETURN p.id ORDER BY r.position, p.id },
  conclusionId: [(a)-[:CONCLUSION]->(c:Claim) | c.id][0],
  targetArgumentId: [(a)-[:CONCLUSION]->(t:Argument) | t.id][0]} AS item
ORDER BY a.id
