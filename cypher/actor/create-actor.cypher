// @name actor/create-actor
CREATE (x:Actor {id: $id, mapId: $mapId, searchMap: $mapKey, name: $name, kind: $kind, description: $description, searchText: $searchText})
RETURN {{actor x}} AS item
