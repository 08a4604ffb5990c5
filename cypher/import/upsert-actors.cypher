// @name import/upsert-actors
UNWIND $rows AS row
MERGE (x:Actor {id: row.id})
SET x.name = row.name, x.kind = row.kind, x.description = row.description, x.searchText = row.searchText
