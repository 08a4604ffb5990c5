// @name provision/find-parts-by-provision-ids
UNWIND $ids AS key
MATCH (inMap1:Provision {id: key} WHERE {{in-map inMap1}})<-[:PART_OF]-(p:Provision)
WITH key, p ORDER BY p.id
RETURN key, collect({{provision p}}) AS items
