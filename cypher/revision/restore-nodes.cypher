// @name revision/restore-nodes
// Puts nodes back as a revision found them: a node that did not exist is deleted, the others get
// their properties back (each value written with the type it had). Relationships follow in
// revision/restore-relationships, once every node exists.
UNWIND $documents AS doc
CALL (doc) {
  WITH doc WHERE doc.label IS NULL
  MATCH (n:Claim|Argument|Actor|Source|Provision|Assertion|Issue {id: doc.id, mapId: $mapId})
  DETACH DELETE n
}
CALL (doc) {
  WITH doc WHERE doc.label IN ['Claim', 'Argument', 'Actor', 'Source', 'Provision', 'Assertion', 'Issue']
  MERGE (n:$(doc.label) {id: doc.id})
  SET n = {id: doc.id, mapId: $mapId}
  SET n.searchMap = CASE WHEN doc.label IN ['Claim', 'Assertion', 'Actor', 'Provision'] THEN $mapKey END
  WITH doc, n
  UNWIND doc.props AS p
  SET n[p.key] = CASE
    WHEN p.type STARTS WITH 'ZONED DATETIME' THEN datetime(p.value)
    WHEN p.type STARTS WITH 'DATE' THEN date(p.value)
    ELSE p.value END
}
RETURN count(doc) AS restored
