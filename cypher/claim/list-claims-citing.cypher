// @name claim/list-claims-citing
// Like claim/list-claims, but starts from the cited provision (and its parts) instead of every claim.
CALL () {
  MATCH (:Provision {id: $cites})<-[:PART_OF]-{0,5}(:Provision)<-[:CITES]-(c:Claim)
  WITH DISTINCT c
  WHERE ($textContains IS NULL OR toLower(c.text) CONTAINS toLower($textContains))
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($assertedBy IS NULL OR EXISTS { (c)<-[:OF]-(:Assertion)-[:BY]->(:Actor {id: $assertedBy}) })
  AND ($inSource IS NULL OR EXISTS { (c)<-[:OF]-(:Assertion)-[:IN]->(:Source {id: $inSource}) })
  AND ($issue IS NULL OR EXISTS { (c)-[r:ADDRESSES]->(:Issue {id: $issue}) WHERE $stance IS NULL OR r.stance = $stance })
  AND ($stance IS NULL OR EXISTS { (c)-[r:ADDRESSES]->(:Issue) WHERE r.stance = $stance })
  RETURN count(c) AS totalCount
}
CALL () {
  MATCH (:Provision {id: $cites})<-[:PART_OF]-{0,5}(:Provision)<-[:CITES]-(c:Claim)
  WITH DISTINCT c
  WHERE ($after IS NULL OR c.id > $after)
  AND ($textContains IS NULL OR toLower(c.text) CONTAINS toLower($textContains))
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($assertedBy IS NULL OR EXISTS { (c)<-[:OF]-(:Assertion)-[:BY]->(:Actor {id: $assertedBy}) })
  AND ($inSource IS NULL OR EXISTS { (c)<-[:OF]-(:Assertion)-[:IN]->(:Source {id: $inSource}) })
  AND ($issue IS NULL OR EXISTS { (c)-[r:ADDRESSES]->(:Issue {id: $issue}) WHERE $stance IS NULL OR r.stance = $stance })
  AND ($stance IS NULL OR EXISTS { (c)-[r:ADDRESSES]->(:Issue) WHERE r.stance = $stance })
  WITH c ORDER BY c.id LIMIT $limit
  RETURN collect(c {.id, .text, .kind, .createdAt, .updatedAt}) AS items
}
RETURN totalCount, items
