// @name import/link-positions
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId} WHERE {{in-map c}}), (i:Issue {id: row.issueId} WHERE {{in-map i}})
MERGE (c)-[r:ADDRESSES]->(i)
SET r.stance = row.stance
