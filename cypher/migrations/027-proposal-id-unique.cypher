// @name migrations/027-proposal-id-unique
// Proposals (drafts of assertions read from a new text) by id.
CREATE CONSTRAINT proposal_id_unique IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE
