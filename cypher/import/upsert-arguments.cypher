// @name import/upsert-arguments
UNWIND $rows AS row
MERGE (a:Argument {id: row.id})
ON CREATE SET a.mapId = $mapId
WITH a, row WHERE a.mapId = $mapId
SET a.kind = row.kind, a.attackKind = row.attackKind, a.scheme = row.scheme, a.schemeId = row.schemeId, a.rationale = row.rationale, a.reconstructed = row.reconstructed
