// @name claim/create-claim
CREATE (c:Claim {id: $id, text: $text, kind: $kind, searchText: $searchText, createdAt: datetime(), updatedAt: datetime()})
RETURN {{claim c}} AS item
