// @name export/find-claims
MATCH (c:Claim) WHERE $ids IS NULL OR c.id IN $ids
RETURN c {.id, .text, .kind} AS item ORDER BY c.id
