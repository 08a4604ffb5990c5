// @name issue/find-positions-by-issue-ids
UNWIND $ids AS key
MATCH (:Issue {id: key})<-[r:ADDRESSES]-(c:Claim)
WITH key, r, c ORDER BY r.stance, c.id
RETURN key, collect({claimId: c.id, issueId: key, stance: r.stance}) AS items
