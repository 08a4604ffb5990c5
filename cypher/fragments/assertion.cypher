// @fragment assertion(n)
n {.id, .quote, .date,
  actor: [(n)-[:BY]->(byActor:Actor) | {{actor byActor}}][0],
  source: [(n)-[:IN]->(inSource:Source) | {{source inSource}}][0],
  actorId: [(n)-[:BY]->(byActor:Actor) | byActor.id][0],
  sourceId: [(n)-[:IN]->(inSource:Source) | inSource.id][0],
  claimId: [(n)-[:OF]->(ofClaim:Claim) | ofClaim.id][0],
  argumentId: [(n)-[:OF]->(ofArgument:Argument) | ofArgument.id][0]}
