// @name map/set-membership
// Gives a user a role in a map, or changes it. The map's node is locked first, so two changes of
// its members never both see the other's owner; the last owner keeps the role.
MATCH (m:ArgumentMap {id: $id})
SET m.membersChangedAt = datetime()
WITH m
OPTIONAL MATCH (u:User {id: $userId})
OPTIONAL MATCH (u)-[old:MEMBER_OF]->(m)
WITH m, u, old.role = 'OWNER' AND $role <> 'OWNER'
  AND COUNT { MATCH (:User)-[o:MEMBER_OF]->(m) WHERE o.role = 'OWNER' } = 1 AS lastOwner
FOREACH (_ IN CASE WHEN u IS NOT NULL AND NOT coalesce(lastOwner, false) THEN [1] ELSE [] END |
  MERGE (u)-[r:MEMBER_OF]->(m)
  SET r.role = $role
)
RETURN u {.id, .name} AS user, coalesce(lastOwner, false) AS lastOwner
