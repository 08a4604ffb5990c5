// @name migrations/016-revision-at
CREATE INDEX revision_at IF NOT EXISTS FOR (r:Revision) ON (r.at)
