// @name map/find-retired-maps
// Maps whose deletion was cut short (their contents may remain).
MATCH (m:RetiredMap)
RETURN m.id AS id
