// @name actor/find-actor-deletion
// What deleting an actor touches: the assertions it made (deleted with it), its affiliations and
// the affiliations of its members (relationships, which go with it). Each kind of dependant is
// named by its first ids and counted; node/delete-nodes then deletes the lot.
MATCH (x:Actor {id: $id} WHERE {{in-map x}})
WITH x,
  COLLECT { MATCH (n:Assertion)-[:BY]->(x) RETURN n.id AS id ORDER BY id } AS assertions,
  COLLECT { MATCH (x)-[:AFFILIATED_WITH]->(o:Actor) RETURN o.id AS id ORDER BY id } AS affiliations,
  COLLECT { MATCH (m:Actor)-[:AFFILIATED_WITH]->(x) RETURN m.id AS id ORDER BY id } AS members
RETURN [x.id] + assertions AS ids,
  [d IN [{relation: 'assertions', ids: assertions}, {relation: 'affiliations', ids: affiliations}, {relation: 'members', ids: members}]
    WHERE size(d.ids) > 0 | {relation: d.relation, count: size(d.ids), ids: d.ids[0..10]}] AS dependants
