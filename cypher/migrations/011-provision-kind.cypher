// @name migrations/011-provision-kind
CREATE INDEX provision_kind IF NOT EXISTS FOR (n:Provision) ON (n.kind)
