// @name import/upsert-assertions
UNWIND $rows AS row
MERGE (n:Assertion {id: row.id})
ON CREATE SET n.mapId = $mapId, n.searchMap = $mapKey
WITH n, row WHERE n.mapId = $mapId
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
  MATCH (x:Actor {id: row.actorId} WHERE {{in-map x}})
  MERGE (n)-[:BY]->(x)
}
CALL (n, row) {
  OPTIONAL MATCH (c:Claim {id: row.claimId} WHERE {{in-map c}})
  OPTIONAL MATCH (a:Argument {id: row.argumentId} WHERE {{in-map a}})
  WITH n, coalesce(c, a) AS target WHERE target IS NOT NULL
  MERGE (n)-[:OF]->(target)
}
CALL (n, row) {
  MATCH (s:Source {id: row.sourceId} WHERE {{in-map s}})
  MERGE (n)-[:IN]->(s)
}
