// @name claim/cite-provisions
UNWIND $citations AS row
MATCH (c:Claim {id: row.claimId} WHERE {{in-map c}}), (p:Provision {id: row.provisionId} WHERE {{in-map p}})
MERGE (c)-[r:CITES]->(p)
SET r.role = row.role, r.note = row.note
RETURN {claimId: c.id, provisionId: p.id, role: r.role, note: r.note, attribution: coalesce(r.attribution, 'SPEAKER')} AS item
