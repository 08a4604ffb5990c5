// @name assertion/create-assertion
MATCH (x:Actor {id: $actorId})
CREATE (n:Assertion {id: $id, quote: $quote, date: date($date), searchText: $searchText})-[:BY]->(x)
WITH n
CALL (n) {
  OPTIONAL MATCH (c:Claim {id: $claimId})
  OPTIONAL MATCH (a:Argument {id: $argumentId})
  WITH n, coalesce(c, a) AS target WHERE target IS NOT NULL
  CREATE (n)-[:OF]->(target)
}
CALL (n) {
  MATCH (s:Source {id: $sourceId})
  CREATE (n)-[:IN]->(s)
}
RETURN {{assertion n}} AS item
