// @name db/bump-revision
// The map's revision: one more for every committed write to the map, in the write's own
// transaction, so a reader that sees the revision sees the write; the map's node is the lock its
// writers queue on. The epoch changes when the database is emptied, so a revision number never
// names two different maps. The default map is made on its first write; any other must exist
// (no row: NOT_FOUND).
CALL () {
  WITH $mapId AS mapId WHERE mapId = 'map:default'
  MERGE (m:ArgumentMap {id: mapId})
  ON CREATE SET m.epoch = randomUUID(), m.revision = 0, m.name = 'Default map', m.visibility = 'PUBLIC', m.createdAt = datetime(), m.updatedAt = datetime()
}
MATCH (m:ArgumentMap {id: $mapId})
SET m.revision = m.revision + 1, m.updatedAt = datetime()
RETURN m.epoch AS epoch, m.revision AS revision
