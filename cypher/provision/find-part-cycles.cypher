// @name provision/find-part-cycles
// Whether the provision is, through PART_OF, part of itself (an update that made it part of one
// of its own parts).
MATCH (p:Provision {id: $id} WHERE {{in-map p}})
WHERE EXISTS { (p)-[:PART_OF]->+(p) }
RETURN p.id AS id
