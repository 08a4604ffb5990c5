// @name claim/delete-claim
MATCH (c:Claim {id: $id})
// arguments that lose their conclusion or their last premise, and the undercuts that hang on them
CALL (c) {
  MATCH (a:Argument)-[:CONCLUSION]->(c) RETURN a
  UNION
  MATCH (c)-[:PREMISE]->(a:Argument) WHERE COUNT { (:Claim)-[:PREMISE]->(a) } = 1 RETURN a
}
WITH c, collect(a) AS doomed
CALL (doomed) {
  UNWIND doomed AS a
  MATCH (u:Argument)-[:CONCLUSION]->+(a)
  RETURN collect(DISTINCT u) AS undercuts
}
WITH c, doomed + undercuts AS arguments
CALL (c, arguments) {
  UNWIND [c] + arguments AS target
  MATCH (n:Assertion)-[:OF]->(target)
  DETACH DELETE n
}
CALL (arguments) {
  UNWIND arguments AS a
  WITH DISTINCT a
  DETACH DELETE a
}
DETACH DELETE c
RETURN size(arguments) AS argumentsDeleted
