// @name import/link-citations
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId}), (p:Provision {id: row.provisionId})
MERGE (c)-[r:CITES]->(p)
SET r.role = row.role, r.note = row.note, r.attribution = row.attribution
