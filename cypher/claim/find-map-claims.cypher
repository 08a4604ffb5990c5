// @name claim/find-map-claims
// Every claim of the map, up to $limit (the caller asks one more than it takes, to tell a map too
// large), with the map's revision: what duplicateCandidates compares, cached per revision.
OPTIONAL MATCH (m:ArgumentMap {id: $mapId})
CALL () {
  MATCH (c:Claim {mapId: $mapId})
  WITH c ORDER BY c.id LIMIT $limit
  RETURN collect({{claim c}}) AS items
}
RETURN coalesce(m.epoch, '') AS epoch, coalesce(m.revision, 0) AS revision, items
