// @name map/delete-map
// The last step of deleting a map, once its contents are gone.
MATCH (m:RetiredMap {id: $id})
WITH m, m.id AS id
DELETE m
RETURN id
