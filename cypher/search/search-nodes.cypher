// @name search/search-nodes
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, labels(node)[0] AS label, score,
  coalesce(node.text, node.quote, node.name) AS snippet
ORDER BY score DESC, id
LIMIT $limit
