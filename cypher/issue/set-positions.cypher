// @name issue/set-positions
UNWIND $positions AS row
MATCH (c:Claim {id: row.claimId}), (i:Issue {id: row.issueId})
MERGE (c)-[r:ADDRESSES]->(i)
SET r.stance = row.stance
RETURN {claimId: c.id, issueId: i.id, stance: r.stance} AS item
