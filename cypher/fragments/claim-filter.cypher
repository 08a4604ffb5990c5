// @fragment claim-filter(c)
// The ClaimWhere conditions on claim c; a null parameter leaves its condition out.
($textContains IS NULL OR toLower(c.text) CONTAINS toLower($textContains))
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($assertedBy IS NULL OR EXISTS { (c)<-[:OF]-(:Assertion)-[:BY]->(:Actor {id: $assertedBy}) })
  AND ($cites IS NULL OR EXISTS { (c)-[:CITES]->(:Provision)-[:PART_OF]->{0,5}(:Provision {id: $cites}) })
  AND ($inSource IS NULL OR EXISTS { (c)<-[:OF]-(:Assertion)-[:IN]->(:Source {id: $inSource}) })
  AND ($issue IS NULL OR EXISTS { (c)-[position:ADDRESSES]->(:Issue {id: $issue}) WHERE $stance IS NULL OR position.stance = $stance })
  AND ($stance IS NULL OR EXISTS { (c)-[position:ADDRESSES]->(:Issue) WHERE position.stance = $stance })
