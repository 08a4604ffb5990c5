// @name graph/find-chains
// Support and attack paths from one claim to another, shortest first: claim, argument,
// claim, ... Each claim appears at most once in a chain. The conditions sit inside the
// path pattern, so SHORTEST selects among the chains that meet them (a WHERE after the
// pattern would filter the 100 shortest walks, cycles included, and could return fewer
// than $first). 8 is CHAIN_LENGTH_MAX and 100 the largest page: both must be literals.
// The chain's claims and arguments come with it, so a chain costs one round trip.
MATCH p = SHORTEST 100 (
  (a:Claim {id: $fromId} WHERE {{in-map a}})((:Claim)-[:PREMISE]->(g:Argument)-[:CONCLUSION]->(c:Claim)){1,8}(b:Claim {id: $toId})
  WHERE size(g) <= $maxLength AND NOT a IN c AND all(i IN range(0, size(c) - 2) WHERE NOT c[i] IN c[i + 1..])
)
WITH [a] + c AS claims, g AS arguments
ORDER BY size(arguments), [x IN claims | x.id], [x IN arguments | x.id]
LIMIT $first
RETURN [x IN claims | {{claim x}}] AS claims, [x IN arguments | {{argument x}}] AS arguments
