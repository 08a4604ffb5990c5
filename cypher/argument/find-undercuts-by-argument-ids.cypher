// @name argument/find-undercuts-by-argument-ids
UNWIND $ids AS key
MATCH (:Argument {id: key})<-[:CONCLUSION]-(a:Argument)
WITH key, a ORDER BY a.id
RETURN key, collect({{argument a}}) AS items
