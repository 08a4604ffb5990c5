// @name retired/revision-number-unique
// Replaced when maps became the unit (see cypher/migrations/).
DROP CONSTRAINT revision_number_unique IF EXISTS
