// @name assertion/create-assertion
MATCH (x:Actor {id: $actorId} WHERE {{in-map x}})
CREATE (n:Assertion {id: $id, mapId: $mapId, searchMap: $mapKey, quote: $quote, date: date($date), searchText: $searchText})-[:BY]->(x)
WITH n
CALL (n) {
  OPTIONAL MATCH (c:Claim {id: $claimId} WHERE {{in-map c}})
  OPTIONAL MATCH (a:Argument {id: $argumentId} WHERE {{in-map a}})
  WITH n, coalesce(c, a) AS target WHERE target IS NOT NULL
  CREATE (n)-[:OF]->(target)
}
CALL (n) {
  MATCH (s:Source {id: $sourceId} WHERE {{in-map s}})
  CREATE (n)-[:IN]->(s)
}
RETURN {{assertion n}} AS item
