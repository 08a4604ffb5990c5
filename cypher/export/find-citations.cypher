// @name export/find-citations
MATCH (c:Claim)-[r:CITES]->(p:Provision) WHERE $ids IS NULL OR c.id IN $ids
RETURN {claimId: c.id, provisionId: p.id, role: r.role, note: r.note, attribution: r.attribution} AS item ORDER BY c.id, p.id
