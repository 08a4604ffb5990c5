// @name proposal/find-candidate-claims
// For each text, the map's claims the full-text index finds for its words (the index also holds
// quotes, actors and provisions: more hits are asked for than claims kept). One round trip for all.
UNWIND range(0, size($queries) - 1) AS index
CALL (index) {
  CALL db.index.fulltext.queryNodes('search_in_map', 'searchText:(' + $queries[index] + ') AND searchMap:' + $mapKey, {limit: $limit * 4})
  YIELD node, score
  WITH node, score WHERE node:Claim AND node.mapId = $mapId
  RETURN collect({id: node.id, text: node.text, score: score})[0..$limit] AS claims
}
RETURN index, claims
