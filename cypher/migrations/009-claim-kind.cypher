// @name migrations/009-claim-kind
CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind)
