// @name claim/find-premises-by-argument-ids
UNWIND $ids AS key
MATCH (:Argument {id: key})<-[:PREMISE]-(c:Claim)
WITH key, c ORDER BY c.id
RETURN key, collect({{claim c}}) AS items
