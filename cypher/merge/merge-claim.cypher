// @name merge/merge-claim
// Merges one claim into another: what pointed at it points at the survivor, and it is deleted.
// Assertions (OF) and arguments concluding in it (CONCLUSION) move; as a premise it hands its
// place to the survivor (an argument that had both keeps the survivor once, at the earlier place);
// a citation of a provision the survivor cites already, or a position on an issue it already
// takes one on, goes with it (the survivor's role, note and stance stand). Its id, and the ids
// merged into it before, are recorded as the survivor's (`mergedFrom`, MergedId).
MATCH (s:Claim {id: $intoId} WHERE {{in-map s}})
MATCH (f:Claim {id: $fromId} WHERE {{in-map f}})
CALL (s, f) {
  MATCH (x:Assertion)-[r:OF]->(f)
  CREATE (x)-[moved:OF]->(s)
  SET moved = properties(r)
}
CALL (s, f) {
  MATCH (a:Argument)-[r:CONCLUSION]->(f)
  CREATE (a)-[moved:CONCLUSION]->(s)
  SET moved = properties(r)
}
CALL (s, f) {
  MATCH (f)-[r:PREMISE]->(a:Argument)
  OPTIONAL MATCH (s)-[kept:PREMISE]->(a)
  FOREACH (_ IN CASE WHEN kept IS NULL THEN [1] ELSE [] END | CREATE (s)-[moved:PREMISE]->(a) SET moved = properties(r))
  SET kept.position = CASE WHEN r.position < kept.position THEN r.position ELSE kept.position END
}
CALL (s, f) {
  MATCH (f)-[r:CITES]->(p:Provision)
  WHERE NOT EXISTS { (s)-[:CITES]->(p) }
  CREATE (s)-[moved:CITES]->(p)
  SET moved = properties(r)
}
CALL (s, f) {
  MATCH (f)-[r:ADDRESSES]->(i:Issue)
  WHERE NOT EXISTS { (s)-[:ADDRESSES]->(i) }
  CREATE (s)-[moved:ADDRESSES]->(i)
  SET moved = properties(r)
}
SET s.mergedFrom = coalesce(s.mergedFrom, []) + [f.id] + coalesce(f.mergedFrom, []), s.updatedAt = datetime()
WITH s, f
CALL (s, f) {
  MATCH (m:MergedId {intoId: f.id})
  SET m.intoId = s.id
}
MERGE (m:MergedId {id: f.id})
SET m.mapId = s.mapId, m.intoId = s.id
DETACH DELETE f
RETURN s.id AS id
