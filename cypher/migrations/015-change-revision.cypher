// @name migrations/015-change-revision
CREATE INDEX change_map_revision IF NOT EXISTS FOR (c:Change) ON (c.mapId, c.revision)
