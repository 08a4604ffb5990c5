// @name export/find-assertions
// In pages: the items after the key $after (['', ''] from the start), at most $first.
MATCH (n:Assertion {mapId: $mapId})-[:OF]->(t) WHERE ($ids IS NULL OR t.id IN $ids) AND n.id > $after[0]
RETURN n {.id, .quote, .date, .illocution, .sequence,
  previousIds: CASE WHEN EXISTS { (n)-[:REPLIES_TO]->(:Assertion) } THEN COLLECT { MATCH (n)-[:REPLIES_TO]->(p:Assertion) RETURN p.id ORDER BY p.id } END, actorId: [(n)-[:BY]->(x:Actor) | x.id][0], sourceId: [(n)-[:IN]->(s:Source) | s.id][0],
  claimId: [(n)-[:OF]->(c:Claim) | c.id][0], argumentId: [(n)-[:OF]->(a:Argument) | a.id][0]} AS item
ORDER BY n.id LIMIT $first
