// @name claim/find-claims-by-actor-ids
UNWIND $ids AS key
MATCH (:Actor {id: key})<-[:BY]-(:Assertion)-[:OF]->(c:Claim)
WITH DISTINCT key, c ORDER BY c.id
RETURN key, collect({{claim c}}) AS items
