// @name merge/find-merge-loops
// The arguments a merge of these claims into one would leave with a premise equal to their
// conclusion (a claim supporting or attacking itself): a premise and the conclusion both among them.
UNWIND $ids AS id
MATCH (p:Claim {id: id} WHERE {{in-map p}})-[:PREMISE]->(a:Argument)-[:CONCLUSION]->(c:Claim)
WHERE c.id IN $ids
RETURN DISTINCT a.id AS id
ORDER BY id
