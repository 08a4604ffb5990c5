// @name import/upsert-actors
UNWIND $rows AS row
MERGE (x:Actor {id: row.id})
ON CREATE SET x.mapId = $mapId, x.searchMap = $mapKey
WITH x, row WHERE x.mapId = $mapId
SET x.name = row.name, x.kind = row.kind, x.description = row.description, x.searchText = row.searchText
