// @name map/list-members
// A map's members, by name.
MATCH (u:User)-[r:MEMBER_OF]->(:ArgumentMap {id: $id})
RETURN u {.id, .name} AS user, r.role AS role
ORDER BY u.name, u.id
