// @name proposal/find-proposals-by-ids
MATCH (p:Proposal) WHERE p.id IN $ids AND {{in-map p}}
RETURN {{proposal p}} AS item
