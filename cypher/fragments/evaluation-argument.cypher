// @fragment evaluation-argument(a)
// What evaluation reads of argument a, as a tuple (lists decode far faster than maps):
// [id, kind, attackKind, premise ids in order, concluded claim id, undercut argument id].
[a.id, a.kind, a.attackKind,
  COLLECT { MATCH (premise:Claim)-[premiseOf:PREMISE]->(a) RETURN premise.id ORDER BY premiseOf.position, premise.id },
  [(a)-[:CONCLUSION]->(concluded:Claim) | concluded.id][0],
  [(a)-[:CONCLUSION]->(undercut:Argument) | undercut.id][0]]
