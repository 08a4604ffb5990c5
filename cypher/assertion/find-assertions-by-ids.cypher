// @name assertion/find-assertions-by-ids
UNWIND $ids AS id
MATCH (n:Assertion {id: id})
RETURN {{assertion n}} AS item
