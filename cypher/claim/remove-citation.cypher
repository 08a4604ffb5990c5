// @name claim/remove-citation
// No row when the claim does not cite the provision.
MATCH (c:Claim {id: $claimId} WHERE {{in-map c}})-[r:CITES]->(:Provision {id: $provisionId})
DELETE r
RETURN {{claim c}} AS item
