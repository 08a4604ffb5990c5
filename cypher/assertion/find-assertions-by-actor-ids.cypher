// @name assertion/find-assertions-by-actor-ids
// At most 100 items per node (NODE_LIST_MAX, src/domain/validation.ts): the rest through the connection field.
UNWIND $ids AS key
MATCH (inMap1:Actor {id: key} WHERE {{in-map inMap1}})<-[:BY]-(n:Assertion)
WITH key, n ORDER BY n.date, n.id
RETURN key, collect({{assertion n}})[..100] AS items
