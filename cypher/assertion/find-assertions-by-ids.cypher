// @name assertion/find-assertions-by-ids
UNWIND $ids AS id
MATCH (n:Assertion {id: id} WHERE {{in-map n}})
RETURN {{assertion n}} AS item
