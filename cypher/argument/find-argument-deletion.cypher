// @name argument/find-argument-deletion
// What deleting an argument takes with it: the undercuts aimed at it (and at those), and the
// assertions of all of them. node/delete-nodes then deletes the lot.
MATCH (a:Argument {id: $id} WHERE {{in-map a}})
WITH a, COLLECT { MATCH (u:Argument)-[:CONCLUSION]->+(a) RETURN DISTINCT u } AS undercuts
WITH [a] + undercuts AS arguments
WITH arguments, COLLECT {
  UNWIND arguments AS target
  MATCH (n:Assertion)-[:OF]->(target)
  RETURN n.id
} AS assertions
RETURN [x IN arguments | x.id] + assertions AS ids, size(arguments) AS argumentsDeleted
