// @name retired/revision-at
// Replaced when maps became the unit (see cypher/migrations/).
DROP INDEX revision_at IF EXISTS
