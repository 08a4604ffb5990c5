// @name argument/find-arguments-by-premise-ids
UNWIND $ids AS key
MATCH (:Claim {id: key})-[:PREMISE]->(a:Argument)
WITH key, a ORDER BY a.id
RETURN key, collect(a {.id, .kind, .attackKind, .scheme, .rationale, .reconstructed, conclusionId: [(a)-[:CONCLUSION]->(t:Claim) | t.id][0], targetArgumentId: [(a)-[:CONCLUSION]->(t:Argument) | t.id][0]}) AS items
