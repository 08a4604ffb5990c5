// @name map/create-map
// A new, empty map at revision 0 (its id is unique: a taken one fails on the constraint), owned
// by the user who creates it ($ownerId; null for a key). Not while a map of that id is still being
// deleted (no row).
OPTIONAL MATCH (retired:RetiredMap {id: $id})
WITH retired WHERE retired IS NULL
CREATE (m:ArgumentMap {
  id: $id, name: $name, description: $description, visibility: $visibility,
  revision: 0, epoch: randomUUID(), createdAt: datetime(), updatedAt: datetime()
})
WITH m
OPTIONAL MATCH (owner:User {id: $ownerId})
FOREACH (_ IN CASE WHEN owner IS NULL THEN [] ELSE [1] END | CREATE (owner)-[:MEMBER_OF {role: 'OWNER'}]->(m))
RETURN {{argument-map m}} AS item
