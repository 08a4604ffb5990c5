// @name argument/find-arguments-by-ids
UNWIND $ids AS id
MATCH (a:Argument {id: id})
RETURN a {.id, .kind, .attackKind, .scheme, .rationale, .reconstructed, conclusionId: [(a)-[:CONCLUSION]->(t:Claim) | t.id][0], targetArgumentId: [(a)-[:CONCLUSION]->(t:Argument) | t.id][0]} AS item
