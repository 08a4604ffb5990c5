// @name claim/update-claim
MATCH (c:Claim {id: $id} WHERE {{in-map c}})
SET c.text = coalesce($text, c.text),
    c.kind = coalesce($kind, c.kind),
    c.searchText = coalesce($searchText, c.searchText),
    c.updatedAt = datetime()
RETURN {{claim c}} AS item
