// @name revision/find-revision-at
// The last revision made at or before a time, and the map's current revision.
OPTIONAL MATCH (s:ArgumentMap {id: $mapId})
CALL () {
  OPTIONAL MATCH (r:Revision {mapId: $mapId}) WHERE r.at <= datetime($at)
  RETURN max(r.revision) AS revision
}
RETURN revision, coalesce(s.revision, 0) AS current
