// @name migrations/013-revision-log
// Revisions are numbered per map.
CREATE CONSTRAINT revision_map_number_unique IF NOT EXISTS FOR (r:Revision) REQUIRE (r.mapId, r.revision) IS UNIQUE
