// @name argument/delete-argument
MATCH (a:Argument {id: $id})
CALL (a) {
  OPTIONAL MATCH (u:Argument)-[:CONCLUSION]->+(a)
  RETURN collect(DISTINCT u) AS undercuts
}
WITH [a] + undercuts AS arguments
CALL (arguments) {
  UNWIND arguments AS target
  MATCH (n:Assertion)-[:OF]->(target)
  DETACH DELETE n
}
CALL (arguments) {
  UNWIND arguments AS x
  DETACH DELETE x
}
RETURN size(arguments) AS argumentsDeleted
