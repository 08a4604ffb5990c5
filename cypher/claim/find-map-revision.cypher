// @name claim/find-map-revision
// The map's revision and how many claims it holds: whether duplicateCandidates' cached pairs are
// still the map's, and whether the map is small enough to compare.
OPTIONAL MATCH (m:ArgumentMap {id: $mapId})
CALL () {
  MATCH (c:Claim {mapId: $mapId})
  RETURN count(c) AS claims
}
RETURN $mapId AS mapId, coalesce(m.epoch, '') AS epoch, coalesce(m.revision, 0) AS revision, claims
