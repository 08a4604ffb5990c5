// @name actor/find-actors-by-claim-ids
UNWIND $ids AS key
MATCH (inMap1:Claim {id: key} WHERE {{in-map inMap1}})<-[:OF]-(:Assertion)-[:BY]->(x:Actor)
WITH DISTINCT key, x ORDER BY x.name
RETURN key, collect({{actor x}}) AS items
