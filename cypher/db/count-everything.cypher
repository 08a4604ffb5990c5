// @name db/count-everything
// The map's nodes and relationships (the MapState bookkeeping node aside).
CALL () { MATCH (n) WHERE NOT n:MapState RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
