// @name import/upsert-issues
UNWIND $rows AS row
MERGE (i:Issue {id: row.id})
ON CREATE SET i.mapId = $mapId
WITH i, row WHERE i.mapId = $mapId
SET i.question = row.question
