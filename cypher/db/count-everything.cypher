// @name db/count-everything
// The map's nodes and relationships (the maps' own nodes and the revision log aside).
CALL () { MATCH (n) WHERE NOT (n:ArgumentMap OR n:MapState OR n:Revision OR n:Change OR n:User) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
