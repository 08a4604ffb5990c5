// @name merge/find-merged-from-by-ids
// The ids merged into each of these claims or actors, in the order they were merged.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id} WHERE {{in-map n}}) RETURN n
  UNION ALL MATCH (n:Actor {id: id} WHERE {{in-map n}}) RETURN n
}
RETURN id AS key, coalesce(n.mergedFrom, []) AS items
