// @name evaluation/find-map
// What evaluation reads, in one transaction with the revision it belongs to: every claim
// with its text, every argument with its premises in order, every assertion's speaker and
// source, and the positions claims take on issues. One row an item, streamed: nothing is
// collected, so the transaction's memory does not grow with the map, and items come as tuples
// (see the fragments), which the driver decodes in about a third of the time maps take.
CALL () {
  OPTIONAL MATCH (s:ArgumentMap {id: $mapId})
  RETURN 'revision' AS kind, [coalesce(s.epoch, ''), coalesce(s.revision, 0)] AS item
  UNION ALL
  MATCH (c:Claim {mapId: $mapId})
  RETURN 'claim' AS kind, [c.id, c.text] AS item
  UNION ALL
  MATCH (a:Argument {mapId: $mapId})
  RETURN 'argument' AS kind, {{evaluation-argument a}} AS item
  UNION ALL
  MATCH (n:Assertion {mapId: $mapId})
  WHERE EXISTS { (n)-[:BY]->(:Actor) }
  RETURN 'assertion' AS kind, {{evaluation-assertion n}} AS item
  UNION ALL
  // From the map's issues (a handful), not its claims (PROFILE: with 100 maps the planner started
  // from every claim of the map and followed all its relationships, 8 % more hits than with one).
  MATCH (c:Claim)-[r:ADDRESSES]->(i:Issue {mapId: $mapId})
  WHERE c.mapId = $mapId
  RETURN 'position' AS kind, [c.id, i.id, r.stance] AS item
}
RETURN kind, item
