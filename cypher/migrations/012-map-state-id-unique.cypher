// @name migrations/012-map-state-id-unique
CREATE CONSTRAINT map_state_id_unique IF NOT EXISTS FOR (n:MapState) REQUIRE n.id IS UNIQUE
