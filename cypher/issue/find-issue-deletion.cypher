// @name issue/find-issue-deletion
// What deleting an issue touches: the positions claims take on it (relationships, which go with
// it), named by the claims and counted. node/delete-nodes then deletes the issue.
MATCH (i:Issue {id: $id} WHERE {{in-map i}})
WITH i, COLLECT { MATCH (c:Claim)-[:ADDRESSES]->(i) RETURN c.id AS id ORDER BY id } AS positions
RETURN [i.id] AS ids,
  [d IN [{relation: 'positions', ids: positions}] WHERE size(d.ids) > 0 | {relation: d.relation, count: size(d.ids), ids: d.ids[0..10]}] AS dependants
