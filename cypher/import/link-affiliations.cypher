// @name import/link-affiliations
UNWIND $rows AS row
MATCH (x:Actor {id: row.actorId}), (o:Actor {id: row.organizationId})
MERGE (x)-[r:AFFILIATED_WITH]->(o)
SET r.role = row.role
