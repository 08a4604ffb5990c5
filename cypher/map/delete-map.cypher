// @name map/delete-map
// The last step of deleting a map, once its contents are gone (its memberships go with it).
MATCH (m:RetiredMap {id: $id})
WITH m, m.id AS id
DETACH DELETE m
RETURN id
