// @name provision/update-provision
// Changes a provision's fields and the provision it is part of (none when $partOfId is null).
MATCH (p:Provision {id: $id} WHERE {{in-map p}})
SET p.name = $name, p.kind = $kind, p.citation = $citation, p.summary = $summary, p.searchText = $searchText
WITH p
CALL (p) {
  MATCH (p)-[old:PART_OF]->(parent)
  WHERE $partOfId IS NULL OR parent.id <> $partOfId
  DELETE old
}
CALL (p) {
  MATCH (parent:Provision {id: $partOfId} WHERE {{in-map parent}})
  MERGE (p)-[:PART_OF]->(parent)
}
RETURN {{provision p}} AS item
