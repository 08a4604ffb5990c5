// @name export/find-citations
// In pages: the items after the key $after (['', ''] from the start), at most $first.
MATCH (c:Claim {mapId: $mapId})-[r:CITES]->(p:Provision) WHERE ($ids IS NULL OR c.id IN $ids) AND (c.id > $after[0] OR (c.id = $after[0] AND p.id > $after[1]))
RETURN {claimId: c.id, provisionId: p.id, role: r.role, note: r.note, attribution: r.attribution} AS item ORDER BY c.id, p.id LIMIT $first
