// @name map/create-map
// A new, empty map at revision 0 (its id is unique: a taken one fails on the constraint). Not
// while a map of that id is still being deleted (no row).
OPTIONAL MATCH (retired:RetiredMap {id: $id})
WITH retired WHERE retired IS NULL
CREATE (m:ArgumentMap {
  id: $id, name: $name, description: $description, visibility: $visibility,
  revision: 0, epoch: randomUUID(), createdAt: datetime(), updatedAt: datetime()
})
RETURN {{argument-map m}} AS item
