// @name import/link-arguments
UNWIND $rows AS row
MATCH (a:Argument {id: row.id} WHERE {{in-map a}})
{{argument-stale-premises a}}
CALL (a, row) {
  UNWIND range(0, size(row.premiseIds) - 1) AS position
  MATCH (p:Claim {id: row.premiseIds[position]} WHERE {{in-map p}})
  MERGE (p)-[r:PREMISE]->(a)
  SET r.position = position
}
{{argument-conclusion a}}
