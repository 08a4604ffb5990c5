// @name db/count-online-indexes
SHOW INDEXES YIELD name, state
WHERE name IN $names AND state = 'ONLINE'
RETURN count(*) AS online
