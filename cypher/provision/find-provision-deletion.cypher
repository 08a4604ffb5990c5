// @name provision/find-provision-deletion
// What deleting a provision takes with it: its parts, and theirs, down the PART_OF tree (deleted
// with it), and the citations of any of them (relationships, which go with them), named by the
// citing claims. Each kind of dependant is named by its first ids and counted; node/delete-nodes
// then deletes the lot.
MATCH (p:Provision {id: $id} WHERE {{in-map p}})
WITH p, COLLECT { MATCH (part:Provision)-[:PART_OF]->+(p) RETURN DISTINCT part } AS parts
WITH p, [part IN parts | part.id] AS partIds, COLLECT {
  UNWIND [p] + parts AS cited
  MATCH (c:Claim)-[:CITES]->(cited)
  RETURN DISTINCT c.id AS id ORDER BY id
} AS citing
RETURN [p.id] + partIds AS ids,
  [d IN [{relation: 'citedBy', ids: citing}, {relation: 'parts', ids: partIds}]
    WHERE size(d.ids) > 0 | {relation: d.relation, count: size(d.ids), ids: d.ids[0..10]}] AS dependants
