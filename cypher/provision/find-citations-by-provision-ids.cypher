// @name provision/find-citations-by-provision-ids
// At most 100 items per node (NODE_LIST_MAX, src/domain/validation.ts): the rest through the connection field.
UNWIND $ids AS key
MATCH (inMap1:Provision {id: key} WHERE {{in-map inMap1}})<-[r:CITES]-(c:Claim)
WITH key, r, c ORDER BY c.id
RETURN key, collect({claimId: c.id, provisionId: key, role: r.role, note: r.note, attribution: coalesce(r.attribution, 'SPEAKER')})[..100] AS items
