// @name actor/find-affiliations-by-actor-ids
UNWIND $ids AS key
MATCH (inMap1:Actor {id: key} WHERE {{in-map inMap1}})-[r:AFFILIATED_WITH]->(o:Actor)
WITH key, r, o ORDER BY o.name
RETURN key, collect({personId: key, organizationId: o.id, role: r.role}) AS items
