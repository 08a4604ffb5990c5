// @name graph/find-chains
// Support and attack paths from one claim to another, shortest first: claim, argument,
// claim, ... Each claim appears at most once in a chain.
MATCH p = SHORTEST 64 (a:Claim {id: $fromId})(()-[:PREMISE]->(:Argument)-[:CONCLUSION]->(:Claim)){1,8}(b:Claim {id: $toId})
WITH p, [n IN nodes(p) WHERE n:Claim | n.id] AS claimIds, [n IN nodes(p) WHERE n:Argument | n.id] AS argumentIds
WHERE size(argumentIds) <= $maxLength
  AND all(i IN range(0, size(claimIds) - 2) WHERE NOT claimIds[i] IN claimIds[i + 1..])
RETURN claimIds, argumentIds
ORDER BY size(argumentIds), claimIds, argumentIds
LIMIT $first
