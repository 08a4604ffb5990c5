// @name source/find-source-deletion
// What deleting a source takes with it: the assertions reported in it, named by their first ids
// and counted. node/delete-nodes then deletes the lot.
MATCH (s:Source {id: $id} WHERE {{in-map s}})
WITH s, COLLECT { MATCH (n:Assertion)-[:IN]->(s) RETURN n.id AS id ORDER BY id } AS assertions
RETURN [s.id] + assertions AS ids,
  [d IN [{relation: 'assertions', ids: assertions}] WHERE size(d.ids) > 0 | {relation: d.relation, count: size(d.ids), ids: d.ids[0..10]}] AS dependants
