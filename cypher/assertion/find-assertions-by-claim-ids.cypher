// @name assertion/find-assertions-by-claim-ids
UNWIND $ids AS key
MATCH (:Claim {id: key})<-[:OF]-(n:Assertion)
WITH key, n ORDER BY n.date, n.id
RETURN key, collect({{assertion n}}) AS items
