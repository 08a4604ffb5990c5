// @name migrations/013-revision-log
CREATE CONSTRAINT revision_number_unique IF NOT EXISTS FOR (r:Revision) REQUIRE r.revision IS UNIQUE
