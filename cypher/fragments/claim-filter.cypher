// @fragment claim-filter(c)
// The ClaimWhere conditions on claim c but `cites` (claim-cites); a null parameter leaves its
// condition out. claim/list-claims-citing reaches only claims citing $cites, and checking it again
// for each of them took 4.6 times the statement's db hits at 1M claims.
($textContains IS NULL OR toLower(c.text) CONTAINS toLower($textContains))
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($assertedBy IS NULL OR EXISTS { (c)<-[:OF]-(:Assertion)-[:BY]->(:Actor {id: $assertedBy}) })
  AND ($inSource IS NULL OR EXISTS { (c)<-[:OF]-(:Assertion)-[:IN]->(:Source {id: $inSource}) })
  AND ($issue IS NULL OR EXISTS { (c)-[position:ADDRESSES]->(:Issue {id: $issue}) WHERE $stance IS NULL OR position.stance = $stance })
  AND ($stance IS NULL OR EXISTS { (c)-[position:ADDRESSES]->(:Issue) WHERE position.stance = $stance })
