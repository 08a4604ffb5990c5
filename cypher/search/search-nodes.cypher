// @name search/search-nodes
// Each hit comes with its node, shaped as the by-ids statement of its label shapes it, so a
// search costs one round trip.
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, labels(node)[0] AS label, score,
  coalesce(node.text, node.quote, node.name) AS snippet,
  CASE
    WHEN node:Claim THEN {{claim node}}
    WHEN node:Actor THEN {{actor node}}
    WHEN node:Provision THEN {{provision node}}
    WHEN node:Assertion THEN {{assertion node}}
  END AS item
ORDER BY score DESC, id
LIMIT $limit
