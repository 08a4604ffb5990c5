// @name migrations/016-revision-map-at
CREATE INDEX revision_map_at IF NOT EXISTS FOR (r:Revision) ON (r.mapId, r.at)
