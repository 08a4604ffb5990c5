// @fragment argument(a)
a {.id, .mapId, .kind, .attackKind, .scheme, .rationale, reconstructed: coalesce(a.reconstructed, false),
  conclusionId: [(a)-[:CONCLUSION]->(concluded:Claim) | concluded.id][0],
  targetArgumentId: [(a)-[:CONCLUSION]->(undercut:Argument) | undercut.id][0]}
