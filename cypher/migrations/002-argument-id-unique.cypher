// @name migrations/002-argument-id-unique
CREATE CONSTRAINT argument_id_unique IF NOT EXISTS FOR (n:Argument) REQUIRE n.id IS UNIQUE
