// @name migrations/010-actor-kind
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)
