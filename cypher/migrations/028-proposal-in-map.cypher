// @name migrations/028-proposal-in-map
// A map's proposals: `(p:Proposal {mapId: $mapId})`, as the list starts, is an index seek.
CREATE INDEX proposal_in_map IF NOT EXISTS FOR (p:Proposal) ON (p.mapId)
