// @name issue/set-positions
UNWIND $positions AS row
MATCH (c:Claim {id: row.claimId} WHERE {{in-map c}}), (i:Issue {id: row.issueId} WHERE {{in-map i}})
MERGE (c)-[r:ADDRESSES]->(i)
SET r.stance = row.stance
RETURN {claimId: c.id, issueId: i.id, stance: r.stance} AS item
