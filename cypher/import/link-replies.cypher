// @name import/link-replies
// Dialogue order: an assertion replies to the ones before it (AIF TA transitions).
UNWIND $rows AS row
MATCH (n:Assertion {id: row.id} WHERE {{in-map n}})
CALL (n, row) {
  MATCH (n)-[r:REPLIES_TO]->(old) WHERE NOT old.id IN coalesce(row.previousIds, [])
  DELETE r
}
CALL (n, row) {
  UNWIND coalesce(row.previousIds, []) AS previousId
  MATCH (p:Assertion {id: previousId} WHERE {{in-map p}})
  MERGE (n)-[:REPLIES_TO]->(p)
}
