// @name migrations/012-argument-map-id-unique
CREATE CONSTRAINT argument_map_id_unique IF NOT EXISTS FOR (n:ArgumentMap) REQUIRE n.id IS UNIQUE
