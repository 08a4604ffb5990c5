// @name revision/find-all-documents
// Every node of the map in the revision log's document form (label, properties, outgoing
// relationships), so past states from the log can replace present ones one node at a time
// (the whole map at a past revision: neighbourhoods, chains, exports).
CALL () {
  MATCH (n:Claim {mapId: $mapId}) RETURN n, 'Claim' AS label
  UNION ALL MATCH (n:Argument {mapId: $mapId}) RETURN n, 'Argument' AS label
  UNION ALL MATCH (n:Actor {mapId: $mapId}) RETURN n, 'Actor' AS label
  UNION ALL MATCH (n:Source {mapId: $mapId}) RETURN n, 'Source' AS label
  UNION ALL MATCH (n:Provision {mapId: $mapId}) RETURN n, 'Provision' AS label
  UNION ALL MATCH (n:Assertion {mapId: $mapId}) RETURN n, 'Assertion' AS label
  UNION ALL MATCH (n:Issue {mapId: $mapId}) RETURN n, 'Issue' AS label
}
RETURN n.id AS id, label,
  [k IN keys(n) WHERE NOT k IN ['searchText', 'mapId', 'searchMap'] | {key: k, type: valueType(n[k]), value: n[k]}] AS props,
  [(n)-[r]->(m) | {type: type(r), to: m.id, props: [k IN keys(r) | {key: k, type: valueType(r[k]), value: r[k]}]}] AS out
