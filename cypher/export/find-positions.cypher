// @name export/find-positions
// In pages: the items after the key $after (['', ''] from the start), at most $first.
MATCH (c:Claim {mapId: $mapId})-[r:ADDRESSES]->(i:Issue) WHERE ($ids IS NULL OR c.id IN $ids) AND (c.id > $after[0] OR (c.id = $after[0] AND i.id > $after[1]))
RETURN {claimId: c.id, issueId: i.id, stance: r.stance} AS item ORDER BY c.id, i.id LIMIT $first
