// @name evaluation/find-map
// What evaluation reads, in one transaction with the revision it belongs to: every claim
// with its text, every argument with its premises in order, every assertion's speaker and
// source, and the positions claims take on issues.
OPTIONAL MATCH (s:MapState {id: 'map'})
WITH coalesce(s.epoch, '') AS epoch, coalesce(s.revision, 0) AS revision
CALL () {
  MATCH (c:Claim)
  RETURN collect({id: c.id, text: c.text}) AS claims
}
CALL () {
  MATCH (a:Argument)
  RETURN collect({
    id: a.id, kind: a.kind, attackKind: a.attackKind,
    premiseIds: COLLECT { MATCH (p:Claim)-[r:PREMISE]->(a) RETURN p.id ORDER BY r.position, p.id },
    conclusionId: [(a)-[:CONCLUSION]->(c:Claim) | c.id][0],
    targetArgumentId: [(a)-[:CONCLUSION]->(t:Argument) | t.id][0]
  }) AS arguments
}
CALL () {
  // Each assertion's outgoing IN and OF relationships expanded once, then split by type and label.
  MATCH (n:Assertion)-[:BY]->(x:Actor)
  WITH n, x, [(n)-[r:IN|OF]->(t) | {of: type(r) = 'OF', id: t.id, claim: t:Claim, argument: t:Argument, source: t:Source}] AS out
  RETURN collect({
    id: n.id, actorId: x.id,
    sourceId: [o IN out WHERE NOT o.of AND o.source | o.id][0],
    claimId: [o IN out WHERE o.of AND o.claim | o.id][0],
    argumentId: [o IN out WHERE o.of AND o.argument | o.id][0]
  }) AS assertions
}
CALL () {
  MATCH (c:Claim)-[r:ADDRESSES]->(i:Issue)
  RETURN collect({claimId: c.id, issueId: i.id, stance: r.stance}) AS positions
}
RETURN epoch, revision, claims, arguments, assertions, positions
