// @fragment claim-cites(c)
// The ClaimWhere `cites` condition on claim c: it cites the provision or one of its parts. A null
// parameter leaves it out; claim/list-claims-citing starts from the provision instead.
($cites IS NULL OR EXISTS { (c)-[:CITES]->(:Provision)-[:PART_OF]->{0,5}(:Provision {id: $cites}) })
