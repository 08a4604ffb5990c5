// @name merge/merge-actor
// Merges one actor into another: its assertions (BY) become the survivor's, and so do its
// affiliations both ways, except one the survivor has already (with the same actor, the same way:
// the survivor's role stands) and one that would join the survivor to itself; then it is deleted.
// Its id, and the ids merged into it before, are recorded as the survivor's (`mergedFrom`, MergedId).
MATCH (s:Actor {id: $intoId} WHERE {{in-map s}})
MATCH (f:Actor {id: $fromId} WHERE {{in-map f}})
CALL (s, f) {
  MATCH (x:Assertion)-[r:BY]->(f)
  CREATE (x)-[moved:BY]->(s)
  SET moved = properties(r)
}
CALL (s, f) {
  MATCH (f)-[r:AFFILIATED_WITH]->(o:Actor)
  WHERE o <> s AND o <> f AND NOT EXISTS { (s)-[:AFFILIATED_WITH]->(o) }
  CREATE (s)-[moved:AFFILIATED_WITH]->(o)
  SET moved = properties(r)
}
CALL (s, f) {
  MATCH (x:Actor)-[r:AFFILIATED_WITH]->(f)
  WHERE x <> s AND x <> f AND NOT EXISTS { (x)-[:AFFILIATED_WITH]->(s) }
  CREATE (x)-[moved:AFFILIATED_WITH]->(s)
  SET moved = properties(r)
}
SET s.mergedFrom = coalesce(s.mergedFrom, []) + [f.id] + coalesce(f.mergedFrom, [])
WITH s, f
CALL (s, f) {
  MATCH (m:MergedId {intoId: f.id})
  SET m.intoId = s.id
}
MERGE (m:MergedId {id: f.id})
SET m.mapId = s.mapId, m.intoId = s.id
DETACH DELETE f
RETURN s.id AS id
