// @name migrations/014-change-node-revision
CREATE INDEX change_node_revision IF NOT EXISTS FOR (c:Change) ON (c.nodeId, c.revision)
