// @name actor/create-actor
CREATE (x:Actor {id: $id, name: $name, kind: $kind, description: $description, searchText: $searchText})
RETURN {{actor x}} AS item
