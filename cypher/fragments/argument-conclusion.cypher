// @fragment argument-conclusion(a)
// Argument a's conclusion as import row `row` names it (a claim, or the argument it undercuts):
// a stale conclusion link removed, the named one merged.
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
