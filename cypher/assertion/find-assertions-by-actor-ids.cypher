// @name assertion/find-assertions-by-actor-ids
UNWIND $ids AS key
MATCH (:Actor {id: key})<-[:BY]-(n:Assertion)
WITH key, n ORDER BY n.date, n.id
RETURN key, collect({{assertion n}}) AS items
