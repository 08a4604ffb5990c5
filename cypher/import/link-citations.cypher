// @name import/link-citations
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId} WHERE {{in-map c}}), (p:Provision {id: row.provisionId} WHERE {{in-map p}})
MERGE (c)-[r:CITES]->(p)
SET r.role = row.role, r.note = row.note, r.attribution = row.attribution
