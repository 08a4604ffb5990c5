// @name map/find-maps-by-ids
UNWIND $ids AS id
MATCH (m:ArgumentMap {id: id})
RETURN {{argument-map m}} AS item
