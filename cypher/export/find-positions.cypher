// @name export/find-positions
MATCH (c:Claim)-[r:ADDRESSES]->(i:Issue) WHERE $ids IS NULL OR c.id IN $ids
RETURN {claimId: c.id, issueId: i.id, stance: r.stance} AS item ORDER BY c.id, i.id
