// @name assertion/find-assertions-by-argument-ids
UNWIND $ids AS key
MATCH (inMap1:Argument {id: key} WHERE {{in-map inMap1}})<-[:OF]-(n:Assertion)
WITH key, n ORDER BY n.date, n.id
RETURN key, collect({{assertion n}}) AS items
