// @fragment assertion(n)
// The actor's and source's ids are taken from their projections (src/db/shapes.ts), not expanded again.
n {.id, .mapId, .quote, .date,
  actor: [(n)-[:BY]->(byActor:Actor) | {{actor byActor}}][0],
  source: [(n)-[:IN]->(inSource:Source) | {{source inSource}}][0],
  claimId: [(n)-[:OF]->(ofClaim:Claim) | ofClaim.id][0],
  argumentId: [(n)-[:OF]->(ofArgument:Argument) | ofArgument.id][0]}
