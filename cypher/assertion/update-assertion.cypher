// @name assertion/update-assertion
// Changes who made an assertion ($actorId), where it is reported ($sourceId; none when null),
// its words and date; what it asserts stays.
MATCH (n:Assertion {id: $id} WHERE {{in-map n}})
SET n.quote = $quote, n.date = date($date), n.searchText = $searchText
WITH n
CALL (n) {
  MATCH (n)-[r:BY|IN]->(old)
  WHERE (type(r) = 'BY' AND old.id <> $actorId) OR (type(r) = 'IN' AND ($sourceId IS NULL OR old.id <> $sourceId))
  DELETE r
}
CALL (n) {
  MATCH (x:Actor {id: $actorId} WHERE {{in-map x}})
  MERGE (n)-[:BY]->(x)
}
CALL (n) {
  MATCH (s:Source {id: $sourceId} WHERE {{in-map s}})
  MERGE (n)-[:IN]->(s)
}
RETURN {{assertion n}} AS item
