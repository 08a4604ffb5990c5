// @name provision/find-parts-by-provision-ids
UNWIND $ids AS key
MATCH (:Provision {id: key})<-[:PART_OF]-(p:Provision)
WITH key, p ORDER BY p.id
RETURN key, collect({{provision p}}) AS items
