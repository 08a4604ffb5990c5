// @name argument/find-undercuts-by-argument-ids
UNWIND $ids AS key
MATCH (inMap1:Argument {id: key} WHERE {{in-map inMap1}})<-[:CONCLUSION]-(a:Argument)
WITH key, a ORDER BY a.id
RETURN key, collect({{argument a}}) AS items
