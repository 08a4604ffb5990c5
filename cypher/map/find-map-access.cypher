// @name map/find-map-access
// What decides whether a reader may see each map, and do what in it: its visibility, and the
// user's role there (null: not a member, or no user).
UNWIND $ids AS id
MATCH (m:ArgumentMap {id: id})
OPTIONAL MATCH (:User {id: $userId})-[r:MEMBER_OF]->(m)
RETURN m.id AS id, m.visibility AS visibility, r.role AS role
