// @name issue/find-positions-by-claim-ids
UNWIND $ids AS key
MATCH (inMap1:Claim {id: key} WHERE {{in-map inMap1}})-[r:ADDRESSES]->(i:Issue)
WITH key, r, i ORDER BY i.id
RETURN key, collect({claimId: key, issueId: i.id, stance: r.stance}) AS items
