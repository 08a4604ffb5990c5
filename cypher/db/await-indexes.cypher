// @name db/await-indexes
CALL db.awaitIndexes($timeoutSeconds)
