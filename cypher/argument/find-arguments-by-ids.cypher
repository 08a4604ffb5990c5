// @name argument/find-arguments-by-ids
UNWIND $ids AS id
MATCH (a:Argument {id: id})
RETURN {{argument a}} AS item
