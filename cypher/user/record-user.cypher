// @name user/record-user
// A user as their token names them: recorded the first time they are seen, renamed when the name
// their token carries changes.
MERGE (u:User {id: $id})
ON CREATE SET u.createdAt = datetime()
SET u.name = $name
RETURN u.id AS id
