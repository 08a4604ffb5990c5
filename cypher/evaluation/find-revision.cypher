// @name evaluation/find-revision
OPTIONAL MATCH (m:ArgumentMap {id: $mapId})
RETURN coalesce(m.epoch, '') AS epoch, coalesce(m.revision, 0) AS revision
