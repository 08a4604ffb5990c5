// @name claim/create-claim
CREATE (c:Claim {id: $id, mapId: $mapId, searchMap: $mapKey, text: $text, kind: $kind, searchText: $searchText, createdAt: datetime(), updatedAt: datetime()})
RETURN {{claim c}} AS item
