// @name map/delete-map
MATCH (m:ArgumentMap {id: $id})
WITH m, m.id AS id
DELETE m
RETURN id
