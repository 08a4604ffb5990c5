// @name import/upsert-assertions
UNWIND $rows AS row
MERGE (n:Assertion {id: row.id})
SET n.quote = row.quote, n.date = date(row.date), n.searchText = row.searchText, n.illocution = row.illocution,
    n.sequence = row.sequence
WITH n, row
CALL (n, row) {
  MATCH (n)-[r:BY|OF|IN]->(old)
  WHERE (type(r) = 'BY' AND old.id <> row.actorId)
     OR (type(r) = 'OF' AND old.id <> coalesce(row.claimId, row.argumentId))
     OR (type(r) = 'IN' AND (row.sourceId IS NULL OR old.id <> row.sourceId))
  DELETE r
}
CALL (n, row) {
  MATCH (x:Actor {id: row.actorId})
  MERGE (n)-[:BY]->(x)
}
CALL (n, row) {
  OPTIONAL MATCH (c:Claim {id: row.claimId})
  OPTIONAL MATCH (a:Argument {id: row.argumentId})
  WITH n, coalesce(c, a) AS target WHERE target IS NOT NULL
  MERGE (n)-[:OF]->(target)
}
CALL (n, row) {
  MATCH (s:Source {id: row.sourceId})
  MERGE (n)-[:IN]->(s)
}
