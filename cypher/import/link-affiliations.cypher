// @name import/link-affiliations
UNWIND $rows AS row
MATCH (x:Actor {id: row.actorId} WHERE {{in-map x}}), (o:Actor {id: row.organizationId} WHERE {{in-map o}})
MERGE (x)-[r:AFFILIATED_WITH]->(o)
SET r.role = row.role
