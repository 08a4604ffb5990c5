// @name map/retire-map
// The first step of deleting a map: it stops being a map (no list, no read, no write finds it;
// a writer holding its lock finishes first) and is remembered as being deleted, so a deletion
// cut short is finished at the next start-up (see map/find-retired-maps).
MATCH (m:ArgumentMap {id: $id})
REMOVE m:ArgumentMap
SET m:RetiredMap
RETURN m.id AS id
