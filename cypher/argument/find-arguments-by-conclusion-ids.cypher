// @name argument/find-arguments-by-conclusion-ids
UNWIND $ids AS key
MATCH (:Claim {id: key})<-[:CONCLUSION]-(a:Argument)
WITH key, a ORDER BY a.id
RETURN key, collect({{argument a}}) AS items
