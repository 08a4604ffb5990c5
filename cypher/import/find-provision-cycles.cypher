// @name import/find-provision-cycles
// A provision of the rows that is, through PART_OF, part of itself: the document's own rules
// refuse a cycle inside it, this one closed through provisions stored before the import.
UNWIND $rows AS row
MATCH (p:Provision {id: row.id} WHERE {{in-map p}})
WHERE EXISTS { (p)-[:PART_OF*1..]->(p) }
RETURN p.id AS id
LIMIT 1
