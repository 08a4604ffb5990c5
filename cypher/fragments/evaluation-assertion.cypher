// @fragment evaluation-assertion(n)
// What evaluation reads of assertion n, as a tuple: [id, actor id, source id, claim id, argument id].
// Its IN and OF relationships are expanded once, then split by type and label.
[n.id, [(n)-[:BY]->(speaker:Actor) | speaker.id][0]] + [out IN [[(n)-[reported:IN|OF]->(target) | {
  of: type(reported) = 'OF', id: target.id, claim: target:Claim, argument: target:Argument, source: target:Source
}]] | [
  [o IN out WHERE NOT o.of AND o.source | o.id][0],
  [o IN out WHERE o.of AND o.claim | o.id][0],
  [o IN out WHERE o.of AND o.argument | o.id][0]
]][0]
