// @name import/upsert-claims
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.mapId = $mapId, c.searchMap = $mapKey, c.createdAt = datetime()
WITH c, row WHERE c.mapId = $mapId
SET c.updatedAt = CASE WHEN c.text = row.text AND c.kind = row.kind THEN c.updatedAt ELSE datetime() END
SET c.text = row.text, c.kind = row.kind, c.searchText = row.searchText
