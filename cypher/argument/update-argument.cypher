// @name argument/update-argument
// Gives an argument its fields, its premises in order (the position on PREMISE) and its conclusion
// (a claim, or the argument it undercuts) as the update leaves them. An AIF scheme id names the
// scheme it came with, so it goes when the scheme changes.
MATCH (a:Argument {id: $id} WHERE {{in-map a}})
SET a.schemeId = CASE WHEN coalesce(a.scheme, '') = coalesce($scheme, '') THEN a.schemeId END
SET a.kind = $kind, a.attackKind = $attackKind, a.scheme = $scheme, a.rationale = $rationale
WITH a
CALL (a) {
  MATCH (a)<-[old:PREMISE]-()
  DELETE old
}
CALL (a) {
  UNWIND range(0, size($premiseIds) - 1) AS position
  MATCH (p:Claim {id: $premiseIds[position]} WHERE {{in-map p}})
  CREATE (p)-[:PREMISE {position: position}]->(a)
}
CALL (a) {
  MATCH (a)-[old:CONCLUSION]->()
  DELETE old
}
CALL (a) {
  OPTIONAL MATCH (c:Claim {id: $conclusionId} WHERE {{in-map c}})
  OPTIONAL MATCH (t:Argument {id: $targetArgumentId} WHERE {{in-map t}})
  WITH a, coalesce(c, t) AS target WHERE target IS NOT NULL
  CREATE (a)-[:CONCLUSION]->(target)
}
RETURN {{argument a}} AS item
