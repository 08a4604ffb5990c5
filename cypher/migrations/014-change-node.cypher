// @name migrations/014-change-node
CREATE INDEX change_node IF NOT EXISTS FOR (c:Change) ON (c.nodeId)
