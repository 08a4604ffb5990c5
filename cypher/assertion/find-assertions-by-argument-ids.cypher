// @name assertion/find-assertions-by-argument-ids
UNWIND $ids AS key
MATCH (:Argument {id: key})<-[:OF]-(n:Assertion)
WITH key, n ORDER BY n.date, n.id
RETURN key, collect({{assertion n}}) AS items
