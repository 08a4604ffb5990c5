// @name import/upsert-provisions
UNWIND $rows AS row
MERGE (p:Provision {id: row.id})
ON CREATE SET p.mapId = $mapId, p.searchMap = $mapKey
WITH p, row WHERE p.mapId = $mapId
SET p.name = row.name, p.kind = row.kind, p.citation = row.citation, p.summary = row.summary,
    p.searchText = row.searchText
