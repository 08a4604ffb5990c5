// @name provision/find-parts-by-provision-ids
UNWIND $ids AS key
MATCH (:Provision {id: key})<-[:PART_OF]-(p:Provision)
WITH key, p ORDER BY p.id
RETURN key, collect(p {.id, .name, .kind, .citation, .summary, partOfId: [(p)-[:PART_OF]->(q:Provision) | q.id][0]}) AS items
