// @name claim/find-claims-by-ids
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN {{claim c}} AS item
