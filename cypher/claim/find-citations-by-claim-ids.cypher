// @name claim/find-citations-by-claim-ids
UNWIND $ids AS key
MATCH (inMap1:Claim {id: key} WHERE {{in-map inMap1}})-[r:CITES]->(p:Provision)
WITH key, r, p ORDER BY p.id
RETURN key, collect({claimId: key, provisionId: p.id, role: r.role, note: r.note, attribution: coalesce(r.attribution, 'SPEAKER'),
  provision: {{provision p}}}) AS items
