// @name claim/find-claims-by-actor-ids
// At most 100 items per node (NODE_LIST_MAX, src/domain/validation.ts): the rest through the connection field.
UNWIND $ids AS key
MATCH (inMap1:Actor {id: key} WHERE {{in-map inMap1}})<-[:BY]-(:Assertion)-[:OF]->(c:Claim)
WITH DISTINCT key, c ORDER BY c.id
RETURN key, collect({{claim c}})[..100] AS items
