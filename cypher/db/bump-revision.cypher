// @name db/bump-revision
// The map's revision: one more for every committed write, in the write's own transaction, so a
// reader that sees the revision sees the write. The epoch changes when the database is emptied,
// so a revision number never names two different maps.
MERGE (s:MapState {id: 'map'})
ON CREATE SET s.epoch = randomUUID(), s.revision = 0
SET s.revision = s.revision + 1
RETURN s.epoch AS epoch, s.revision AS revision
