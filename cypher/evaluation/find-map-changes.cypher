// @name evaluation/find-map-changes
// What changed for evaluation after $revision, in one transaction with the revision it reaches
// (tuples as in evaluation/find-map). `changed` lists every claim, argument and assertion
// changed since, so an id without a present state was deleted; `arguments` also holds every
// argument a changed claim is now a premise of (a claim's PREMISE relationships are its own);
// `positions` are those of the changed claims, or all of them when an issue changed. With more
// than $limit changed nodes nothing else is read (`overflow`): reading the whole map is cheaper.
OPTIONAL MATCH (s:ArgumentMap {id: $mapId})
WITH coalesce(s.epoch, '') AS epoch, coalesce(s.revision, 0) AS revision
CALL () {
  MATCH (change:Change {mapId: $mapId})
  WHERE change.revision > $revision AND change.label IN ['Claim', 'Argument', 'Assertion', 'Issue']
  WITH DISTINCT change.nodeId AS id, change.label AS label
  LIMIT $limit + 1
  RETURN collect(CASE WHEN label <> 'Issue' THEN id END) AS changed, count(*) > $limit AS overflow,
    count(CASE WHEN label = 'Issue' THEN 1 END) > 0 AS issueChanged
}
CALL (changed, overflow) {
  UNWIND CASE WHEN overflow THEN [] ELSE changed END AS id
  MATCH (c:Claim {id: id} WHERE {{in-map c}})
  RETURN collect([c.id, c.text]) AS claims
}
CALL (changed, overflow) {
  UNWIND CASE WHEN overflow THEN [] ELSE changed END AS id
  // The union imports the id alone: rows that carried the whole list made its distinct cost
  // memory in the square of the list's length.
  CALL (id) {
    MATCH (a:Argument {id: id} WHERE {{in-map a}})
    RETURN a
    UNION
    MATCH (inMap1:Claim {id: id} WHERE {{in-map inMap1}})-[:PREMISE]->(a:Argument)
    RETURN a
  }
  WITH DISTINCT a
  RETURN collect({{evaluation-argument a}}) AS arguments
}
CALL (changed, overflow) {
  UNWIND CASE WHEN overflow THEN [] ELSE changed END AS id
  MATCH (n:Assertion {id: id} WHERE {{in-map n}})
  WHERE EXISTS { (n)-[:BY]->(:Actor) }
  RETURN collect({{evaluation-assertion n}}) AS assertions
}
CALL (changed, overflow, issueChanged) {
  CALL (changed, overflow, issueChanged) {
    UNWIND CASE WHEN overflow OR issueChanged THEN [] ELSE changed END AS id
    MATCH (c:Claim {id: id} WHERE {{in-map c}})-[r:ADDRESSES]->(i:Issue)
    RETURN [c.id, i.id, r.stance] AS position
    UNION ALL
    MATCH (c:Claim {mapId: $mapId})-[r:ADDRESSES]->(i:Issue)
    WHERE issueChanged AND NOT overflow
    RETURN [c.id, i.id, r.stance] AS position
  }
  RETURN collect(position) AS positions
}
RETURN epoch, revision, changed, overflow, issueChanged, claims, arguments, assertions, positions
