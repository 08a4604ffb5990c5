// @name argument/find-arguments-by-premise-ids
UNWIND $ids AS key
MATCH (:Claim {id: key})-[:PREMISE]->(a:Argument)
WITH key, a ORDER BY a.id
RETURN key, collect({{argument a}}) AS items
