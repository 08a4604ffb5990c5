// @name retired/map-state-id-unique
// Replaced when maps became the unit (see cypher/migrations/).
DROP CONSTRAINT map_state_id_unique IF EXISTS
