// @name user/find-users-by-ids
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u {.id, .name} AS item
