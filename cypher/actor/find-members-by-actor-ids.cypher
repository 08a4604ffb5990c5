// @name actor/find-members-by-actor-ids
UNWIND $ids AS key
MATCH (inMap1:Actor {id: key} WHERE {{in-map inMap1}})<-[r:AFFILIATED_WITH]-(m:Actor)
WITH key, r, m ORDER BY m.name
RETURN key, collect({personId: m.id, organizationId: key, role: r.role}) AS items
