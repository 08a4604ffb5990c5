// @name claim/find-counterclaims-by-claim-ids
UNWIND $ids AS key
MATCH (:Claim {id: key})<-[:CONCLUSION]-(a:Argument {kind: 'ATTACK'})<-[:PREMISE]-(c:Claim)
WITH DISTINCT key, c ORDER BY c.id
RETURN key, collect({{claim c}}) AS items
