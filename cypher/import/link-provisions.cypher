// @name import/link-provisions
UNWIND $rows AS row
MATCH (p:Provision {id: row.id} WHERE {{in-map p}})
CALL (p, row) {
  MATCH (p)-[old:PART_OF]->(parent)
  WHERE row.partOfId IS NULL OR parent.id <> row.partOfId
  DELETE old
}
CALL (p, row) {
  MATCH (parent:Provision {id: row.partOfId} WHERE {{in-map parent}})
  MERGE (p)-[:PART_OF]->(parent)
}
