// @name import/link-arguments
UNWIND $rows AS row
MATCH (a:Argument {id: row.id})
CALL (a, row) {
  MATCH (old)-[r:PREMISE]->(a) WHERE NOT old.id IN row.premiseIds
  DELETE r
}
CALL (a, row) {
  UNWIND range(0, size(row.premiseIds) - 1) AS position
  MATCH (p:Claim {id: row.premiseIds[position]})
  MERGE (p)-[r:PREMISE]->(a)
  SET r.position = position
}
CALL (a, row) {
  MATCH (a)-[r:CONCLUSION]->(old) WHERE old.id <> coalesce(row.conclusionId, row.targetArgumentId)
  DELETE r
}
CALL (a, row) {
  OPTIONAL MATCH (c:Claim {id: row.conclusionId})
  OPTIONAL MATCH (t:Argument {id: row.targetArgumentId})
  WITH a, coalesce(c, t) AS target WHERE target IS NOT NULL
  MERGE (a)-[:CONCLUSION]->(target)
}
