// @name export/find-affiliations
// In pages: the items after the key $after (['', ''] from the start), at most $first.
MATCH (x:Actor {mapId: $mapId})-[r:AFFILIATED_WITH]->(o:Actor)
WHERE ($ids IS NULL OR (x.id IN $ids AND o.id IN $ids)) AND (x.id > $after[0] OR (x.id = $after[0] AND o.id > $after[1]))
RETURN {actorId: x.id, organizationId: o.id, role: r.role} AS item ORDER BY x.id, o.id LIMIT $first
