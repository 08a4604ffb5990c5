// @name revision/restore-relationships
// Gives restored nodes their outgoing relationships back. The types come from the log, which
// only ever holds the types listed here; ends that no longer exist were left out by the caller.
UNWIND $documents AS doc
MATCH (n:$(doc.label) {id: doc.id, mapId: $mapId})
CALL (n) {
  MATCH (n)-[r]->()
  DELETE r
}
CALL (doc, n) {
  UNWIND doc.out AS rel
  WITH rel WHERE rel.type IN ['PREMISE', 'CONCLUSION', 'BY', 'OF', 'IN', 'CITES', 'PART_OF', 'AFFILIATED_WITH', 'ADDRESSES', 'REPLIES_TO']
  MATCH (m:$(rel.toLabel) {id: rel.to, mapId: $mapId})
  CREATE (n)-[r:$(rel.type)]->(m)
  WITH r, rel
  UNWIND rel.props AS p
  SET r[p.key] = CASE
    WHEN p.type STARTS WITH 'ZONED DATETIME' THEN datetime(p.value)
    WHEN p.type STARTS WITH 'DATE' THEN date(p.value)
    ELSE p.value END
}
RETURN count(doc) AS restored
