// @name provision/find-citations-by-provision-ids
UNWIND $ids AS key
MATCH (:Provision {id: key})<-[r:CITES]-(c:Claim)
WITH key, r, c ORDER BY c.id
RETURN key, collect({claimId: c.id, provisionId: key, role: r.role, note: r.note, attribution: coalesce(r.attribution, 'SPEAKER')}) AS items
