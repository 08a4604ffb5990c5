// @name db/return-revision
// A write that changed nothing gives back the revision it took, in its own transaction (which
// still holds the map's lock), so revision numbers stay consecutive and the map's revision is
// always the newest revision recorded.
MATCH (s:MapState {id: 'map'})
WHERE s.revision = $revision
SET s.revision = $revision - 1
