// @name claim/find-claim-deletion
// What deleting a claim takes with it: its assertions, the arguments it leaves without a
// conclusion or without any premise, the undercuts that hang on those, and their assertions
// (citations and positions are its own relationships and go with it). Lists are built with
// COLLECT subqueries, which give an empty list rather than removing the row, so a claim that
// takes part in no argument is found too. node/delete-nodes then deletes the lot.
MATCH (c:Claim {id: $id} WHERE {{in-map c}})
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
WITH c, arguments, COLLECT {
  UNWIND [c] + arguments AS target
  MATCH (n:Assertion)-[:OF]->(target)
  RETURN n.id
} AS assertions
RETURN [c.id] + [a IN arguments | a.id] + assertions AS ids, size(arguments) AS argumentsDeleted
