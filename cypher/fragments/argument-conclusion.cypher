// @fragment argument-conclusion(a)
// Argument a's conclusion as import row `row` names it (a claim, or the argument it undercuts):
// a stale conclusion link removed, the named one merged.
CALL (a, row) {
  MATCH (a)-[r:CONCLUSION]->(old) WHERE old.id <> coalesce(row.conclusionId, row.targetArgumentId)
  DELETE r
}
CALL (a, row) {
  OPTIONAL MATCH (c:Claim {id: row.conclusionId} WHERE {{in-map c}})
  OPTIONAL MATCH (t:Argument {id: row.targetArgumentId} WHERE {{in-map t}})
  WITH a, coalesce(c, t) AS target WHERE target IS NOT NULL
  MERGE (a)-[:CONCLUSION]->(target)
}
