// @name claim/find-premises-by-argument-ids
// In the order the argument lists them (the position on PREMISE; the order of a linked argument's premises is information).
UNWIND $ids AS key
MATCH (inMap1:Argument {id: key} WHERE {{in-map inMap1}})<-[r:PREMISE]-(c:Claim)
WITH key, c ORDER BY r.position, c.id
RETURN key, collect({{claim c}}) AS items
