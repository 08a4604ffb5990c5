// @name assertion/find-assertions-by-source-ids
// At most 100 items per node (NODE_LIST_MAX, src/domain/validation.ts): the rest through the connection field.
UNWIND $ids AS key
MATCH (inMap1:Source {id: key} WHERE {{in-map inMap1}})<-[:IN]-(n:Assertion)
WITH key, n ORDER BY n.id
RETURN key, collect({{assertion n}})[..100] AS items
