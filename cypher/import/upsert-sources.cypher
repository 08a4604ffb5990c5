// @name import/upsert-sources
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s.mapId = $mapId
WITH s, row WHERE s.mapId = $mapId
SET s.title = row.title, s.kind = row.kind, s.publisher = row.publisher, s.author = row.author,
    s.publishedAt = date(row.publishedAt), s.url = row.url
