// @name provision/find-provisions-by-ids
UNWIND $ids AS id
MATCH (p:Provision {id: id})
RETURN p {.id, .name, .kind, .citation, .summary, partOfId: [(p)-[:PART_OF]->(q:Provision) | q.id][0]} AS item
