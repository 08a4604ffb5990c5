// @name assertion/find-assertions-by-argument-ids
UNWIND $ids AS key
MATCH (:Argument {id: key})<-[:OF]-(n:Assertion)
WITH key, n ORDER BY n.date, n.id
RETURN key, collect(n {.id, .quote, .date, actor: [(n)-[:BY]->(x:Actor) | x {.id, .name, .kind, .description}][0], source: [(n)-[:IN]->(s:Source) | s {.id, .title, .kind, .publisher, .author, .publishedAt, .url}][0], actorId: [(n)-[:BY]->(x:Actor) | x.id][0], sourceId: [(n)-[:IN]->(s:Source) | s.id][0], claimId: [(n)-[:OF]->(c:Claim) | c.id][0], argumentId: [(n)-[:OF]->(a:Argument) | a.id][0]}) AS items
