// @name merge/find-survivors-by-ids
// The survivor each of these merged ids names now (a merge of a survivor moves its merged ids on).
UNWIND $ids AS id
MATCH (m:MergedId {id: id} WHERE {{in-map m}})
RETURN m.id AS id, m.intoId AS intoId
