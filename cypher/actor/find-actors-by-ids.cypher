// @name actor/find-actors-by-ids
UNWIND $ids AS id
MATCH (x:Actor {id: id})
RETURN {{actor x}} AS item
