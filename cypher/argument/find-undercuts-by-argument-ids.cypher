// @name argument/find-undercuts-by-argument-ids
UNWIND $ids AS key
MATCH (:Argument {id: key})<-[:CONCLUSION]-(a:Argument)
WITH key, a ORDER BY a.id
RETURN key, collect(a {.id, .kind, .attackKind, .scheme, .rationale, .reconstructed, conclusionId: [(a)-[:CONCLUSION]->(t:Claim) | t.id][0], targetArgumentId: [(a)-[:CONCLUSION]->(t:Argument) | t.id][0]}) AS items
