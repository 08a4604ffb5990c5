// @name evaluation/find-revision
OPTIONAL MATCH (s:MapState {id: 'map'})
RETURN coalesce(s.epoch, '') AS epoch, coalesce(s.revision, 0) AS revision
