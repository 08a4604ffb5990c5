// @name claim/delete-claim
// The claim, its assertions, citations and positions, the arguments it leaves without a
// conclusion or without any premise, and the undercuts that hang on those. Lists are built
// with COLLECT subqueries, which give an empty list rather than removing the row, so a claim
// that takes part in no argument is deleted too.
MATCH (c:Claim {id: $id})
WITH c, COLLECT {
  MATCH (a:Argument)-[:CONCLUSION]->(c) RETURN a
  UNION
  MATCH (c)-[:PREMISE]->(a:Argument) WHERE COUNT { (:Claim)-[:PREMISE]->(a) } = 1 RETURN a
} AS doomed
WITH c, doomed, COLLECT {
  UNWIND doomed AS a
  MATCH (u:Argument)-[:CONCLUSION]->+(a)
  RETURN DISTINCT u
} AS undercuts
WITH c, doomed + [u IN undercuts WHERE NOT u IN doomed] AS arguments
CALL (c, arguments) {
  UNWIND [c] + arguments AS target
  MATCH (n:Assertion)-[:OF]->(target)
  DETACH DELETE n
}
CALL (arguments) {
  UNWIND arguments AS a
  DETACH DELETE a
}
DETACH DELETE c
RETURN size(arguments) AS argumentsDeleted
