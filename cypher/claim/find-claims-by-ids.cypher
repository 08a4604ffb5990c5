// @name claim/find-claims-by-ids
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c {.id, .text, .kind, .createdAt, .updatedAt} AS item
