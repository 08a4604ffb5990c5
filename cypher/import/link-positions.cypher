// @name import/link-positions
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId}), (i:Issue {id: row.issueId})
MERGE (c)-[r:ADDRESSES]->(i)
SET r.stance = row.stance
