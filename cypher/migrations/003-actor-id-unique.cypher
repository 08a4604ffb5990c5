// @name migrations/003-actor-id-unique
CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE
