// @name actor/find-actors-by-ids
UNWIND $ids AS id
MATCH (x:Actor {id: id} WHERE {{in-map x}})
RETURN {{actor x}} AS item
