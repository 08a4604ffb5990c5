// @name import/link-arguments
UNWIND $rows AS row
MATCH (a:Argument {id: row.id})
CALL (a, row) {
  MATCH (old)-[r:PREMISE]->(a) WHERE NOT old.id IN row.premiseIds
  DELETE r
}
CALL (a, row) {
  UNWIND row.premiseIds AS premiseId
  MATCH (p:Claim {id: premiseId})
  MERGE (p)-[:PREMISE]->(a)
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
