// @name db/count-everything
// The map's nodes and relationships (the MapState bookkeeping node and the revision log aside).
CALL () { MATCH (n) WHERE NOT (n:MapState OR n:Revision OR n:Change) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
