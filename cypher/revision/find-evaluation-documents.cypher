// @name revision/find-evaluation-documents
// What evaluation reads of every claim, argument and assertion, in the revision log's document
// form (label, properties, outgoing relationships), so past states from the log can replace
// present ones one node at a time (evaluation at a past revision).
CALL () {
  MATCH (n:Claim {mapId: $mapId})
  RETURN n, 'Claim' AS label, ['id', 'text'] AS keep
  UNION ALL
  MATCH (n:Argument {mapId: $mapId})
  RETURN n, 'Argument' AS label, ['id', 'kind', 'attackKind'] AS keep
  UNION ALL
  MATCH (n:Assertion {mapId: $mapId})
  RETURN n, 'Assertion' AS label, ['id'] AS keep
}
RETURN n.id AS id, label,
  [k IN keys(n) WHERE k IN keep | {key: k, type: valueType(n[k]), value: n[k]}] AS props,
  [(n)-[r:PREMISE|ADDRESSES|CONCLUSION|BY|IN|OF]->(m) | {
    type: type(r), to: m.id, props: [k IN keys(r) | {key: k, type: valueType(r[k]), value: r[k]}]
  }] AS out
