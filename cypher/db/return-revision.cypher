// @name db/return-revision
// A write that changed nothing gives back the revision it took, in its own transaction (which
// still holds the map's lock), so the map's revision numbers stay consecutive and its revision is
// always the newest revision recorded.
MATCH (m:ArgumentMap {id: $mapId})
WHERE m.revision = $revision
SET m.revision = $revision - 1
