// @name claim/update-citation
MATCH (c:Claim {id: $claimId} WHERE {{in-map c}})-[r:CITES]->(p:Provision {id: $provisionId})
SET r.role = $role, r.note = $note
RETURN {claimId: c.id, provisionId: p.id, role: r.role, note: r.note, attribution: coalesce(r.attribution, 'SPEAKER')} AS item
