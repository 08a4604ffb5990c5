// @name claim/find-premises-by-argument-ids
UNWIND $ids AS key
MATCH (:Argument {id: key})<-[r:PREMISE]-(c:Claim)
WITH key, c ORDER BY r.position, c.id
RETURN key, collect(c {.id, .text, .kind, .createdAt, .updatedAt}) AS items
