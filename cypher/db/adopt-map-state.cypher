// @name db/adopt-map-state
// The old store's revision and epoch become the default map's (once its nodes are adopted), so
// every revision keeps its number and the map its history.
MATCH (s:MapState {id: 'map'})
MERGE (m:ArgumentMap {id: $mapId})
ON CREATE SET m.name = 'Default map', m.visibility = 'PUBLIC', m.createdAt = datetime(), m.updatedAt = datetime()
SET m.epoch = s.epoch, m.revision = s.revision
DELETE s
