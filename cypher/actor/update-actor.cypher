// @name actor/update-actor
MATCH (x:Actor {id: $id} WHERE {{in-map x}})
SET x.name = $name, x.kind = $kind, x.description = $description, x.searchText = $searchText
RETURN {{actor x}} AS item
