// @name search/search-nodes
// Each hit comes with its node, shaped as the by-ids statement of its label shapes it, so a
// search costs one round trip.
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, labels(node)[0] AS label, score,
  coalesce(node.text, node.quote, node.name) AS snippet,
  CASE
    WHEN node:Claim THEN node {.id, .text, .kind, .createdAt, .updatedAt}
    WHEN node:Actor THEN node {.id, .name, .kind, .description}
    WHEN node:Provision THEN node {.id, .name, .kind, .citation, .summary,
      partOfId: [(node)-[:PART_OF]->(q:Provision) | q.id][0]}
    WHEN node:Assertion THEN node {.id, .quote, .date,
      actor: [(node)-[:BY]->(x:Actor) | x {.id, .name, .kind, .description}][0],
      source: [(node)-[:IN]->(s:Source) | s {.id, .title, .kind, .publisher, .author, .publishedAt, .url}][0],
      actorId: [(node)-[:BY]->(x:Actor) | x.id][0], sourceId: [(node)-[:IN]->(s:Source) | s.id][0],
      claimId: [(node)-[:OF]->(c:Claim) | c.id][0], argumentId: [(node)-[:OF]->(a:Argument) | a.id][0]}
  END AS item
ORDER BY score DESC, id
LIMIT $limit
