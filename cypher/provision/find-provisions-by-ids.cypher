// @name provision/find-provisions-by-ids
UNWIND $ids AS id
MATCH (p:Provision {id: id} WHERE {{in-map p}})
RETURN {{provision p}} AS item
