// @name argument/find-arguments-by-conclusion-ids
UNWIND $ids AS key
MATCH (inMap1:Claim {id: key} WHERE {{in-map inMap1}})<-[:CONCLUSION]-(a:Argument)
WITH key, a ORDER BY a.id
RETURN key, collect({{argument a}}) AS items
