// @name retired/search
// Replaced when maps became the unit (see cypher/migrations/).
DROP INDEX search IF EXISTS
