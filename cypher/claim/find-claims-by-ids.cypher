// @name claim/find-claims-by-ids
UNWIND $ids AS id
MATCH (c:Claim {id: id} WHERE {{in-map c}})
RETURN {{claim c}} AS item
