// @name provision/find-provisions-by-ids
UNWIND $ids AS id
MATCH (p:Provision {id: id})
RETURN {{provision p}} AS item
