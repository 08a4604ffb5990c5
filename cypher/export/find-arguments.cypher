// @name export/find-arguments
// In pages: the items after the key $after (['', ''] from the start), at most $first.
MATCH (a:Argument {mapId: $mapId}) WHERE ($ids IS NULL OR a.id IN $ids) AND a.id > $after[0]
RETURN a {.id, .kind, .attackKind, .scheme, .schemeId, .rationale, .reconstructed,
  premiseIds: COLLECT { MATCH (p:Claim)-[r:PREMISE]->(a) RETURN p.id ORDER BY r.position, p.id },
  conclusionId: [(a)-[:CONCLUSION]->(c:Claim) | c.id][0],
  targetArgumentId: [(a)-[:CONCLUSION]->(t:Argument) | t.id][0]} AS item
ORDER BY a.id LIMIT $first
