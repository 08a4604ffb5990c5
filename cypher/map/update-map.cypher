// @name map/update-map
// Only the fields given change ($setDescription says whether a null description clears it).
MATCH (m:ArgumentMap {id: $id})
SET m.name = coalesce($name, m.name),
    m.description = CASE WHEN $setDescription THEN $description ELSE m.description END,
    m.visibility = coalesce($visibility, m.visibility)
RETURN {{argument-map m}} AS item
