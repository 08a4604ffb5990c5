// @fragment argument-stale-premises(a)
// Removes the premise links into argument a that import row `row`'s premise list no longer names.
CALL (a, row) {
  MATCH (old)-[r:PREMISE]->(a) WHERE NOT old.id IN row.premiseIds
  DELETE r
}
