// @name argument/find-arguments-by-ids
UNWIND $ids AS id
MATCH (a:Argument {id: id} WHERE {{in-map a}})
RETURN {{argument a}} AS item
