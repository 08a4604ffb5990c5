// @name claim/find-counterclaims-by-claim-ids
UNWIND $ids AS key
MATCH (inMap1:Claim {id: key} WHERE {{in-map inMap1}})<-[:CONCLUSION]-(a:Argument {kind: 'ATTACK'})<-[:PREMISE]-(c:Claim)
WITH DISTINCT key, c ORDER BY c.id
RETURN key, collect({{claim c}}) AS items
