// @name import/upsert-issues
UNWIND $rows AS row
MERGE (i:Issue {id: row.id})
SET i.question = row.question
