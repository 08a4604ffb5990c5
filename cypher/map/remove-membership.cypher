// @name map/remove-membership
// Takes a user's role in a map away (locked as set-membership is); the last owner stays.
MATCH (m:ArgumentMap {id: $id})
SET m.membersChangedAt = datetime()
WITH m
OPTIONAL MATCH (:User {id: $userId})-[r:MEMBER_OF]->(m)
WITH m, r, r.role = 'OWNER' AND COUNT { MATCH (:User)-[o:MEMBER_OF]->(m) WHERE o.role = 'OWNER' } = 1 AS lastOwner
FOREACH (_ IN CASE WHEN r IS NOT NULL AND NOT coalesce(lastOwner, false) THEN [1] ELSE [] END | DELETE r)
RETURN r IS NOT NULL AS member, coalesce(lastOwner, false) AS lastOwner
