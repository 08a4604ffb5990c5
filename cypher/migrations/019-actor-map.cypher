// @name migrations/019-actor-map
// A map's actors by id: lists and pages within one map are index seeks, whatever the other maps hold.
CREATE INDEX actor_map IF NOT EXISTS FOR (n:Actor) ON (n.mapId, n.id)
