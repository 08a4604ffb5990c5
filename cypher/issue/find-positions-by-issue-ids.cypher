// @name issue/find-positions-by-issue-ids
// At most 100 positions per stance (NODE_LIST_MAX, src/domain/validation.ts), so that the stance
// filter of Issue.positions sees the same first 100 of each stance; the rest through a filtered `claims`.
UNWIND $ids AS key
MATCH (inMap1:Issue {id: key} WHERE {{in-map inMap1}})<-[r:ADDRESSES]-(c:Claim)
WITH key, r, c ORDER BY r.stance, c.id
WITH key, r.stance AS stance, collect({claimId: c.id, issueId: key, stance: r.stance})[..100] AS positions
ORDER BY stance
RETURN key, reduce(items = [], p IN collect(positions) | items + p) AS items
