// @name retired/change-revision
// Replaced when maps became the unit (see cypher/migrations/).
DROP INDEX change_revision IF EXISTS
