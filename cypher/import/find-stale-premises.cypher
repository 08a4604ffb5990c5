// @name import/find-stale-premises
// The nodes holding a premise link to an argument of the rows that its premise list no longer
// names: link-conclusions removes those links.
UNWIND $rows AS row
MATCH (old)-[:PREMISE]->(inMap1:Argument {id: row.id} WHERE {{in-map inMap1}})
WHERE NOT old.id IN row.premiseIds
RETURN DISTINCT old.id AS id
