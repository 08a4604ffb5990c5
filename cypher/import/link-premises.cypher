// @name import/link-premises
// A claim's premise links, one row a claim with the arguments it is a premise of and its
// position in each: written in the claim's own transaction, the revision log keeps one state
// of the claim where a link step apart would log it again.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId} WHERE {{in-map c}})
UNWIND row.premises AS premise
MATCH (a:Argument {id: premise.argumentId} WHERE {{in-map a}})
MERGE (c)-[r:PREMISE]->(a)
SET r.position = premise.position
