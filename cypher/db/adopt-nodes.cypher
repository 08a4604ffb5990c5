// @name db/adopt-nodes
// Moves a store written before maps into the default map: every node, revision and change
// without a map gets it (searchable nodes also their map's search key), in batches.
MATCH (n)
WHERE (n:Claim OR n:Argument OR n:Actor OR n:Source OR n:Provision OR n:Assertion OR n:Issue OR n:Revision OR n:Change)
  AND n.mapId IS NULL
CALL (n) {
  SET n.mapId = $mapId
  WITH n WHERE n:Claim OR n:Assertion OR n:Actor OR n:Provision
  SET n.searchMap = $mapKey
} IN TRANSACTIONS OF 10000 ROWS
