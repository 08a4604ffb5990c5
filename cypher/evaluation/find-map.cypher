// @name evaluation/find-map
// What evaluation reads, in one transaction with the revision it belongs to: every claim
// with its text, every argument with its premises in order, every assertion's speaker and
// source, and the positions claims take on issues. Items come as tuples (see the fragments):
// at 10k claims the driver decodes them in about a third of the time the same maps take.
OPTIONAL MATCH (s:MapState {id: 'map'})
WITH coalesce(s.epoch, '') AS epoch, coalesce(s.revision, 0) AS revision
CALL () {
  MATCH (c:Claim)
  RETURN collect([c.id, c.text]) AS claims
}
CALL () {
  MATCH (a:Argument)
  RETURN collect({{evaluation-argument a}}) AS arguments
}
CALL () {
  MATCH (n:Assertion)
  WHERE EXISTS { (n)-[:BY]->(:Actor) }
  RETURN collect({{evaluation-assertion n}}) AS assertions
}
CALL () {
  MATCH (c:Claim)-[r:ADDRESSES]->(i:Issue)
  RETURN collect([c.id, i.id, r.stance]) AS positions
}
RETURN epoch, revision, claims, arguments, assertions, positions
