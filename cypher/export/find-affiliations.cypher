// @name export/find-affiliations
MATCH (x:Actor)-[r:AFFILIATED_WITH]->(o:Actor)
WHERE $ids IS NULL OR (x.id IN $ids AND o.id IN $ids)
RETURN {actorId: x.id, organizationId: o.id, role: r.role} AS item ORDER BY x.id, o.id
