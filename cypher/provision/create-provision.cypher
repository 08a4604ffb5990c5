// @name provision/create-provision
CREATE (p:Provision {id: $id, mapId: $mapId, searchMap: $mapKey, name: $name, kind: $kind, citation: $citation, summary: $summary, searchText: $searchText})
WITH p
CALL (p) {
  MATCH (parent:Provision {id: $partOfId} WHERE {{in-map parent}})
  CREATE (p)-[:PART_OF]->(parent)
}
RETURN {{provision p}} AS item
