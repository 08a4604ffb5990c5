// @name claim/find-similar-claims
// For each text (its words as a plain Lucene query, see toSearchQuery), the map's claims the
// full-text index ranks best, at most $limit each: the candidates the similarity score re-ranks
// (src/text/similarity.ts). One round trip for every text. The index holds quotes, actors and
// provisions too, so it is asked for $fetch hits of the map and the claims among them are kept.
UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('search_in_map', 'searchText:(' + q.query + ') AND searchMap:' + $mapKey, {limit: $fetch})
  YIELD node, score
  WHERE node:Claim AND node.mapId = $mapId
  RETURN node AS c
  ORDER BY score DESC, c.id
  LIMIT $limit
}
RETURN q.key AS key, collect({{claim c}}) AS items
