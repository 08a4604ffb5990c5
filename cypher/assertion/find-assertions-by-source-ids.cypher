// @name assertion/find-assertions-by-source-ids
UNWIND $ids AS key
MATCH (:Source {id: key})<-[:IN]-(n:Assertion)
WITH key, n ORDER BY n.id
RETURN key, collect({{assertion n}}) AS items
