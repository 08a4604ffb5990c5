// @name search/search-nodes
// Each hit comes with its node, shaped as the by-ids statement of its label shapes it, so a
// search costs one round trip. The index is asked for the map's hits only (its search key
// beside the text; see migrations/008), and each is checked against the map.
CALL db.index.fulltext.queryNodes('search_in_map', 'searchText:(' + $query + ') AND searchMap:' + $mapKey, {limit: $limit})
YIELD node, score
WHERE node.mapId = $mapId
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
