// @name graph/find-neighbourhood
// The neighbourhood of a root within $depth hops, in one statement: its nodes with their
// shortest distance, and the typed edges among them, at most $limit + 1 claims and
// arguments (with the root's family), nearest first.
//
// Claims and arguments are reached along premises and conclusions ($direction OUTGOING:
// from premise to conclusion; INCOMING: the other way; BOTH). A root that is an actor,
// source or issue reaches them through the claims it asserted, reports or is addressed by
// (one hop); a provision through the claims citing it or its parts (one hop more per
// PART_OF). Claims and arguments nearer than $depth bring their actors, sources, cited
// provisions and issues (one hop further). Edges join only nodes of the result; PART_OF and
// AFFILIATED_WITH are drawn between provisions and actors already in it.
CALL () {
  MATCH (r:Claim {id: $rootId} WHERE {{in-map r}}) RETURN r
  UNION MATCH (r:Argument {id: $rootId} WHERE {{in-map r}}) RETURN r
  UNION MATCH (r:Actor {id: $rootId} WHERE {{in-map r}}) RETURN r
  UNION MATCH (r:Source {id: $rootId} WHERE {{in-map r}}) RETURN r
  UNION MATCH (r:Provision {id: $rootId} WHERE {{in-map r}}) RETURN r
  UNION MATCH (r:Issue {id: $rootId} WHERE {{in-map r}}) RETURN r
}
// The root's own family (itself; a provision's parts, one hop per PART_OF), and the claims
// and arguments where the walk starts, at their distance.
WITH r, COLLECT {
  MATCH q = (r)<-[:PART_OF]-{0,4}(n)
  WHERE length(q) <= $depth AND NOT (n:Claim OR n:Argument)
  RETURN {n: n, d: length(q)} AS x
} AS fixed, COLLECT {
  WITH r WHERE r:Claim OR r:Argument RETURN {n: r, d: 0} AS x
  UNION
  MATCH (r:Actor)<-[:BY]-(:Assertion)-[:OF]->(s) RETURN {n: s, d: 1} AS x
  UNION
  MATCH (r:Source)<-[:IN]-(:Assertion)-[:OF]->(s) RETURN {n: s, d: 1} AS x
  UNION
  MATCH q = (r:Provision)<-[:PART_OF]-{0,4}(:Provision)<-[:CITES]-(s:Claim)
  WHERE length(q) <= $depth
  RETURN {n: s, d: length(q)} AS x
  UNION
  MATCH (r:Issue)<-[:ADDRESSES]-(s:Claim) RETURN {n: s, d: 1} AS x
} AS seeds
// A breadth-first walk along premises and conclusions, one level per block, each node at its
// first (shortest) level. Unrolled to GRAPH_DEPTH_MAX = 6 levels: a quantified SHORTEST
// pattern needs a literal bound and is not pruned by a $depth predicate (PROFILE: on a
// 12k-node graph it visited the whole 6-hop neighbourhood of every start even at depth 1),
// while this visits each node of the result once. Levels beyond $depth expand nothing.
// Each level's candidates are a UNION ALL, made distinct on the node alone afterwards: a UNION's
// own distinct step keys the rows with the lists they carry (seen, seeds), which from an issue
// with 1,000 positions took more than 256 MiB of transaction memory even at depth 1.
// Each level keeps, in id order, only as many new nodes as fit in $limit + 1 with those
// already seen (one more than asked, so the caller knows the answer was cut): once the
// limit is reached, later levels expand nothing either.
WITH r, fixed, seeds, [x IN seeds WHERE x.d = 0 | x.n] AS frontier
WITH r, fixed, seeds, frontier, frontier AS seen, [frontier] AS levels
// Level 1.
WITH r, fixed, seeds, seen, levels, COLLECT {
  UNWIND frontier AS f
  MATCH (f)-[e:PREMISE|CONCLUSION]-(m)
  WHERE $depth >= 1 AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(e) = f))
  RETURN m
  UNION ALL
  UNWIND seeds AS x
  WITH x WHERE $depth >= 1 AND x.d = 1
  RETURN x.n AS m
} AS next
WITH r, fixed, seeds, seen, levels, $limit + 1 - size(fixed) - size(seen) AS room,
  COLLECT { UNWIND next AS m WITH DISTINCT m WHERE NOT m IN seen RETURN m ORDER BY m.id } AS frontier
WITH r, fixed, seeds, seen, levels, frontier[0..CASE WHEN room > 0 THEN room ELSE 0 END] AS frontier
WITH r, fixed, seeds, frontier, seen + frontier AS seen, levels + [frontier] AS levels
// Level 2.
WITH r, fixed, seeds, seen, levels, COLLECT {
  UNWIND frontier AS f
  MATCH (f)-[e:PREMISE|CONCLUSION]-(m)
  WHERE $depth >= 2 AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(e) = f))
  RETURN m
  UNION ALL
  UNWIND seeds AS x
  WITH x WHERE $depth >= 2 AND x.d = 2
  RETURN x.n AS m
} AS next
WITH r, fixed, seeds, seen, levels, $limit + 1 - size(fixed) - size(seen) AS room,
  COLLECT { UNWIND next AS m WITH DISTINCT m WHERE NOT m IN seen RETURN m ORDER BY m.id } AS frontier
WITH r, fixed, seeds, seen, levels, frontier[0..CASE WHEN room > 0 THEN room ELSE 0 END] AS frontier
WITH r, fixed, seeds, frontier, seen + frontier AS seen, levels + [frontier] AS levels
// Level 3.
WITH r, fixed, seeds, seen, levels, COLLECT {
  UNWIND frontier AS f
  MATCH (f)-[e:PREMISE|CONCLUSION]-(m)
  WHERE $depth >= 3 AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(e) = f))
  RETURN m
  UNION ALL
  UNWIND seeds AS x
  WITH x WHERE $depth >= 3 AND x.d = 3
  RETURN x.n AS m
} AS next
WITH r, fixed, seeds, seen, levels, $limit + 1 - size(fixed) - size(seen) AS room,
  COLLECT { UNWIND next AS m WITH DISTINCT m WHERE NOT m IN seen RETURN m ORDER BY m.id } AS frontier
WITH r, fixed, seeds, seen, levels, frontier[0..CASE WHEN room > 0 THEN room ELSE 0 END] AS frontier
WITH r, fixed, seeds, frontier, seen + frontier AS seen, levels + [frontier] AS levels
// Level 4.
WITH r, fixed, seeds, seen, levels, COLLECT {
  UNWIND frontier AS f
  MATCH (f)-[e:PREMISE|CONCLUSION]-(m)
  WHERE $depth >= 4 AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(e) = f))
  RETURN m
  UNION ALL
  UNWIND seeds AS x
  WITH x WHERE $depth >= 4 AND x.d = 4
  RETURN x.n AS m
} AS next
WITH r, fixed, seeds, seen, levels, $limit + 1 - size(fixed) - size(seen) AS room,
  COLLECT { UNWIND next AS m WITH DISTINCT m WHERE NOT m IN seen RETURN m ORDER BY m.id } AS frontier
WITH r, fixed, seeds, seen, levels, frontier[0..CASE WHEN room > 0 THEN room ELSE 0 END] AS frontier
WITH r, fixed, seeds, frontier, seen + frontier AS seen, levels + [frontier] AS levels
// Level 5.
WITH r, fixed, seeds, seen, levels, COLLECT {
  UNWIND frontier AS f
  MATCH (f)-[e:PREMISE|CONCLUSION]-(m)
  WHERE $depth >= 5 AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(e) = f))
  RETURN m
  UNION ALL
  UNWIND seeds AS x
  WITH x WHERE $depth >= 5 AND x.d = 5
  RETURN x.n AS m
} AS next
WITH r, fixed, seeds, seen, levels, $limit + 1 - size(fixed) - size(seen) AS room,
  COLLECT { UNWIND next AS m WITH DISTINCT m WHERE NOT m IN seen RETURN m ORDER BY m.id } AS frontier
WITH r, fixed, seeds, seen, levels, frontier[0..CASE WHEN room > 0 THEN room ELSE 0 END] AS frontier
WITH r, fixed, seeds, frontier, seen + frontier AS seen, levels + [frontier] AS levels
// Level 6.
WITH r, fixed, seeds, seen, levels, COLLECT {
  UNWIND frontier AS f
  MATCH (f)-[e:PREMISE|CONCLUSION]-(m)
  WHERE $depth >= 6 AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(e) = f))
  RETURN m
  UNION ALL
  UNWIND seeds AS x
  WITH x WHERE $depth >= 6 AND x.d = 6
  RETURN x.n AS m
} AS next
WITH r, fixed, seeds, seen, levels, $limit + 1 - size(fixed) - size(seen) AS room,
  COLLECT { UNWIND next AS m WITH DISTINCT m WHERE NOT m IN seen RETURN m ORDER BY m.id } AS frontier
WITH r, fixed, seeds, seen, levels, frontier[0..CASE WHEN room > 0 THEN room ELSE 0 END] AS frontier
WITH r, fixed, seeds, frontier, seen + frontier AS seen, levels + [frontier] AS levels
WITH r, fixed, reduce(acc = fixed, k IN range(0, size(levels) - 1) | acc + [n IN levels[k] | {n: n, d: k}]) AS core
WITH r, fixed, core,
  [c IN core | c.n.id] AS ids,
  [c IN core WHERE c.d < $depth AND (c.n:Claim OR c.n:Argument) | c.n] AS inner
// Three COLLECTs, not one UNION: a UNION's distinct step would hold every row with the lists.
WITH r, core, ids, inner, COLLECT {
  // Premises and conclusions among the nodes.
  UNWIND core AS c
  WITH c.n AS a WHERE a:Argument
  CALL (a) {
    MATCH (c:Claim)-[:PREMISE]->(a) RETURN 'PREMISE' AS type, c.id AS source, a.id AS target
    UNION ALL
    MATCH (a)-[:CONCLUSION]->(t) RETURN 'CONCLUSION' AS type, a.id AS source, t.id AS target
  }
  WITH type, source, target WHERE source IN ids AND target IN ids
  RETURN {type: type, source: source, target: target, label: null, via: null, other: null} AS link
} + COLLECT {
  // What hangs off the claims and arguments nearer than $depth.
  UNWIND inner AS n
  CALL (n) {
    MATCH (n)<-[:OF]-(:Assertion)-[:BY]->(x:Actor)
    RETURN DISTINCT 'ASSERTS' AS type, x.id AS source, n.id AS target, null AS label, x AS other
    UNION
    MATCH (n)<-[:OF]-(:Assertion)-[:IN]->(x:Source)
    RETURN DISTINCT 'REPORTED_IN' AS type, n.id AS source, x.id AS target, null AS label, x AS other
    UNION
    MATCH (n)-[c:CITES]->(x:Provision)
    RETURN 'CITES' AS type, n.id AS source, x.id AS target, c.role AS label, x AS other
    UNION
    MATCH (n)-[a:ADDRESSES]->(x:Issue)
    RETURN 'ADDRESSES' AS type, n.id AS source, x.id AS target, a.stance AS label, x AS other
  }
  RETURN {type: type, source: source, target: target, label: label, via: n.id, other: other} AS link
} + COLLECT {
  // How an actor, source, provision or issue at the root reaches its claims and arguments,
  // also where they lie on the rim.
  UNWIND fixed AS f
  WITH f.n AS x
  CALL (x) {
    MATCH (x:Actor)<-[:BY]-(:Assertion)-[:OF]->(n)
    RETURN DISTINCT 'ASSERTS' AS type, x.id AS source, n.id AS target, null AS label, n.id AS other
    UNION
    MATCH (x:Source)<-[:IN]-(:Assertion)-[:OF]->(n)
    RETURN DISTINCT 'REPORTED_IN' AS type, n.id AS source, x.id AS target, null AS label, n.id AS other
    UNION
    MATCH (x:Provision)<-[c:CITES]-(n:Claim)
    RETURN 'CITES' AS type, n.id AS source, x.id AS target, c.role AS label, n.id AS other
    UNION
    MATCH (x:Issue)<-[a:ADDRESSES]-(n:Claim)
    RETURN 'ADDRESSES' AS type, n.id AS source, x.id AS target, a.stance AS label, n.id AS other
  }
  WITH type, source, target, label WHERE other IN ids
  RETURN {type: type, source: source, target: target, label: label, via: null, other: null} AS link
} AS links
WITH r, core, links,
  COLLECT { UNWIND links AS l WITH l.other AS x WHERE x:Provision RETURN DISTINCT x } + [c IN core WHERE c.n:Provision | c.n] AS provisions,
  COLLECT { UNWIND links AS l WITH l.other AS x WHERE x:Actor RETURN DISTINCT x } + [c IN core WHERE c.n:Actor | c.n] AS actors
WITH r, core, links, COLLECT {
  UNWIND provisions AS p
  MATCH (p)-[:PART_OF]->(x:Provision)
  WHERE x IN provisions
  RETURN DISTINCT {type: 'PART_OF', source: p.id, target: x.id, label: null} AS link
} + COLLECT {
  UNWIND actors AS a
  MATCH (a)-[f:AFFILIATED_WITH]->(x:Actor)
  WHERE x IN actors
  RETURN DISTINCT {type: 'AFFILIATED_WITH', source: a.id, target: x.id, label: f.role} AS link
} AS hierarchy
RETURN r.id AS rootId,
  [c IN core | {
    id: c.n.id, type: labels(c.n)[0], distance: c.d,
    label: coalesce(c.n.text, c.n.name, c.n.title, c.n.question),
    kind: c.n.kind, attackKind: c.n.attackKind
  }] AS nodes,
  [l IN links | {
    type: l.type, source: l.source, target: l.target, label: l.label, via: l.via,
    other: CASE WHEN l.other IS NULL THEN null ELSE {
      id: l.other.id, type: labels(l.other)[0], kind: l.other.kind,
      label: coalesce(l.other.name, l.other.title, l.other.question)
    } END
  }] + hierarchy AS links
