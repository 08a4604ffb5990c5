// @name graph/find-structure-edges
// PREMISE and CONCLUSION relationships among the given claims and arguments.
UNWIND $ids AS id
MATCH (a:Argument {id: id})
CALL (a) {
  MATCH (c:Claim)-[:PREMISE]->(a) RETURN 'PREMISE' AS type, c.id AS source, a.id AS target
  UNION ALL
  MATCH (a)-[:CONCLUSION]->(t) RETURN 'CONCLUSION' AS type, a.id AS source, t.id AS target
}
WITH type, source, target WHERE source IN $ids AND target IN $ids
RETURN type, source, target
