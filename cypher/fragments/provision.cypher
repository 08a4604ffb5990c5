// @fragment provision(p)
p {.id, .mapId, .name, .kind, .citation, .summary, partOfId: [(p)-[:PART_OF]->(partOf:Provision) | partOf.id][0]}
