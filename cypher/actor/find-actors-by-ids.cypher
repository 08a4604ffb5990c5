// @name actor/find-actors-by-ids
UNWIND $ids AS id
MATCH (x:Actor {id: id})
RETURN x {.id, .name, .kind, .description} AS item
