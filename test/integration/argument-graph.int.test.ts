import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asInput, IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const GRAPH = `query ($root: ID!, $depth: Int, $direction: Direction) {
  argumentGraph(rootId: $root, depth: $depth, direction: $direction) {
    nodes { id type label kind attackKind distance }
    edges { id type source target label }
  }
}`;
const LIMITED = `query ($root: ID!, $depth: Int, $limit: Int) {
  argumentGraph(rootId: $root, depth: $depth, limit: $limit) {
    nodes { id type distance }
    edges { id source target }
    truncated
  }
}`;
const CHAINS = `query ($from: ID!, $to: ID!, $max: Int, $first: Int) {
  argumentChains(fromId: $from, toId: $to, maxLength: $max, first: $first) { length claims { id } arguments { id kind } }
}`;

/** A ring of claims c0 -> c1 -> ... -> c5 -> c0 (each supports the next), plus a shortcut c0 -> c3 and an attack c4 -x c2. */
function cyclicDocument() {
  const claims = Array.from({ length: 6 }, (_, i) => ({ id: `claim:r${i}`, text: `Ring claim ${i}`, kind: 'FACTUAL' }));
  const args = claims.map((c, i) => ({ id: `argument:r${i}`, kind: 'SUPPORT', premiseIds: [c.id], conclusionId: `claim:r${(i + 1) % 6}` }));
  args.push({ id: 'argument:shortcut', kind: 'SUPPORT', premiseIds: ['claim:r0'], conclusionId: 'claim:r3' });
  args.push({ id: 'argument:attack', kind: 'ATTACK', premiseIds: ['claim:r4'], conclusionId: 'claim:r2', attackKind: 'REBUT' } as never);
  return {
    actors: [
      { id: 'actor:ringo', name: 'Ringo', kind: 'PERSON' },
      { id: 'actor:ring-society', name: 'Ring Society', kind: 'ORGANIZATION' },
      { id: 'actor:silent', name: 'Silent Sam', kind: 'PERSON' },
    ],
    affiliations: [{ actorId: 'actor:ringo', organizationId: 'actor:ring-society', role: 'member' }],
    sources: [],
    provisions: [
      { id: 'provision:ring-act', name: 'Ring Act', kind: 'STATUTE' },
      { id: 'provision:ring-act-s1', name: 'Section 1 of the Ring Act', kind: 'CLAUSE', partOfId: 'provision:ring-act' },
    ],
    claims,
    arguments: args,
    assertions: [
      { id: 'assertion:ringo-r0', actorId: 'actor:ringo', claimId: 'claim:r0', quote: 'ring' },
      { id: 'assertion:society-r3', actorId: 'actor:ring-society', claimId: 'claim:r3', quote: 'ring three' },
    ],
    citations: [
      { claimId: 'claim:r1', provisionId: 'provision:ring-act', role: 'CONTEXT' },
      { claimId: 'claim:r4', provisionId: 'provision:ring-act-s1', role: 'PROHIBITS' },
    ],
  };
}

/** Six claims, each supporting every other one: 65 chains without a repeated claim from k0 to k1. */
function completeDocument() {
  const claims = Array.from({ length: 6 }, (_, i) => ({ id: `claim:k${i}`, text: `Dense claim ${i}`, kind: 'FACTUAL' }));
  const args = claims.flatMap((a, i) =>
    claims.filter((b) => b !== a).map((b, j) => ({ id: `argument:k${i}-${j}`, kind: 'SUPPORT', premiseIds: [a.id], conclusionId: b.id })),
  );
  return { claims, arguments: args };
}

/** An issue addressed by 60 claims, each supported by a premise its own actor asserted: 241 nodes within 2 hops of the issue. */
function wideDocument() {
  const n = 60;
  const pad = (i: number) => String(i).padStart(2, '0');
  const claims = Array.from({ length: n }, (_, i) => [
    { id: `claim:w${pad(i)}`, text: `Wide position ${i}`, kind: 'POLICY' },
    { id: `claim:wp${pad(i)}`, text: `Wide premise ${i}`, kind: 'FACTUAL' },
  ]).flat();
  return {
    issues: [{ id: 'issue:wide', question: 'Is the map too wide?' }],
    actors: Array.from({ length: n }, (_, i) => ({ id: `actor:w${pad(i)}`, name: `Wide actor ${i}`, kind: 'PERSON' })),
    claims,
    arguments: Array.from({ length: n }, (_, i) => ({
      id: `argument:w${pad(i)}`,
      kind: 'SUPPORT',
      premiseIds: [`claim:wp${pad(i)}`],
      conclusionId: `claim:w${pad(i)}`,
    })),
    assertions: Array.from({ length: n }, (_, i) => ({
      id: `assertion:w${pad(i)}`,
      actorId: `actor:w${pad(i)}`,
      claimId: `claim:w${pad(i)}`,
      quote: `wide ${i}`,
    })),
    positions: Array.from({ length: n }, (_, i) => ({ claimId: `claim:w${pad(i)}`, issueId: 'issue:wide', stance: i % 2 ? 'PRO' : 'CON' })),
  };
}

const edgeList = (graph: Data) => graph.edges.map((e: Data) => `${e.type} ${e.source} ${e.target}`);

describe('argumentGraph and argumentChains on a cyclic graph', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
    for (const doc of [cyclicDocument(), completeDocument(), wideDocument()]) {
      const r = await t.gql(IMPORT_MUTATION, { input: asInput(doc) });
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    }
  });
  after(() => t?.close());

  it('walks the neighbourhood by distance, once per node, in both directions', async () => {
    const r = await t.gql<Data>(GRAPH, { root: 'claim:r0', depth: 2 });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const distance = Object.fromEntries(r.data!.argumentGraph.nodes.map((n: Data) => [n.id, n.distance]));
    assert.equal(distance['claim:r0'], 0);
    assert.equal(distance['argument:r0'], 1);
    assert.equal(distance['argument:r5'], 1);
    assert.equal(distance['claim:r1'], 2);
    assert.equal(distance['claim:r3'], 2);
    assert.equal(distance['claim:r5'], 2);
    assert.equal(distance['claim:r2'], undefined);
    assert.equal(distance['actor:ringo'], 1, 'the actor who asserted the root');
    const ids = r.data!.argumentGraph.nodes.map((n: Data) => n.id);
    assert.equal(new Set(ids).size, ids.length);
    const edges = r.data!.argumentGraph.edges.map((e: Data) => `${e.type} ${e.source} ${e.target}`);
    assert.ok(edges.includes('PREMISE claim:r0 argument:r0'));
    assert.ok(edges.includes('CONCLUSION argument:r0 claim:r1'));
    assert.ok(edges.includes('ASSERTS actor:ringo claim:r0'));
    for (const e of r.data!.argumentGraph.edges) assert.ok(ids.includes(e.source) && ids.includes(e.target), `dangling edge ${e.id}`);
  });

  it('OUTGOING follows premises towards conclusions only; INCOMING the other way', async () => {
    const out = await t.gql<Data>(GRAPH, { root: 'claim:r0', depth: 2, direction: 'OUTGOING' });
    const outIds = out.data!.argumentGraph.nodes.map((n: Data) => n.id);
    assert.ok(outIds.includes('claim:r1') && outIds.includes('claim:r3'));
    assert.ok(!outIds.includes('claim:r5'));
    const inc = await t.gql<Data>(GRAPH, { root: 'claim:r0', depth: 2, direction: 'INCOMING' });
    const inIds = inc.data!.argumentGraph.nodes.map((n: Data) => n.id);
    assert.ok(inIds.includes('claim:r5'));
    assert.ok(!inIds.includes('claim:r1'));
  });

  it('starts from a provision or an actor, linked to what it reaches, and refuses bad roots and depths', async () => {
    const fromProvision = await t.gql<Data>(GRAPH, { root: 'provision:ring-act', depth: 1 });
    assert.equal(fromProvision.errors, undefined, JSON.stringify(fromProvision.errors));
    assert.deepEqual(fromProvision.data!.argumentGraph.nodes.map((n: Data) => `${n.id}@${n.distance}`).sort(), [
      'claim:r1@1',
      'provision:ring-act-s1@1',
      'provision:ring-act@0',
    ]);
    assert.deepEqual(edgeList(fromProvision.data!.argumentGraph).sort(), [
      'CITES claim:r1 provision:ring-act',
      'PART_OF provision:ring-act-s1 provision:ring-act',
    ]);
    const provisionRoot = fromProvision.data!.argumentGraph.nodes.find((n: Data) => n.id === 'provision:ring-act');
    assert.equal(provisionRoot.label, 'Ring Act');
    const throughPart = await t.gql<Data>(GRAPH, { root: 'provision:ring-act', depth: 2 });
    assert.ok(edgeList(throughPart.data!.argumentGraph).includes('CITES claim:r4 provision:ring-act-s1'));
    assert.equal(throughPart.data!.argumentGraph.nodes.find((n: Data) => n.id === 'claim:r4').distance, 2);

    const fromActor = await t.gql<Data>(GRAPH, { root: 'actor:ringo', depth: 1 });
    assert.deepEqual(fromActor.data!.argumentGraph.nodes.map((n: Data) => `${n.id}@${n.distance}:${n.label}`).sort(), [
      'actor:ringo@0:Ringo',
      'claim:r0@1:Ring claim 0',
    ]);
    assert.deepEqual(edgeList(fromActor.data!.argumentGraph), ['ASSERTS actor:ringo claim:r0']);
    const wider = await t.gql<Data>(GRAPH, { root: 'actor:ringo', depth: 4 });
    const widerEdges = edgeList(wider.data!.argumentGraph);
    assert.ok(widerEdges.includes('ASSERTS actor:ring-society claim:r3'));
    assert.ok(widerEdges.includes('AFFILIATED_WITH actor:ringo actor:ring-society'));

    for (const root of ['actor:ringo', 'provision:ring-act', 'claim:r0']) {
      const alone = await t.gql<Data>(GRAPH, { root, depth: 0 });
      assert.equal(alone.errors, undefined, JSON.stringify(alone.errors));
      assert.deepEqual(
        alone.data!.argumentGraph.nodes.map((n: Data) => `${n.id}@${n.distance}`),
        [`${root}@0`],
      );
      assert.deepEqual(alone.data!.argumentGraph.edges, []);
    }
    const silent = await t.gql<Data>(GRAPH, { root: 'actor:silent', depth: 2 });
    assert.equal(silent.errors, undefined, 'an actor who asserted nothing exists all the same');
    assert.deepEqual(
      silent.data!.argumentGraph.nodes.map((n: Data) => n.label),
      ['Silent Sam'],
    );
    assert.equal(silent.extensions?.roundTrips, 1);
    const missing = await t.gql(GRAPH, { root: 'claim:nope', depth: 1 });
    assert.equal(missing.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const deep = await t.gql(GRAPH, { root: 'claim:r0', depth: 7 });
    assert.equal(deep.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(deep.errors?.[0]?.extensions?.field, 'depth');
  });

  it('stops at limit nodes, the nearest first, with only the edges between them, and says so', async () => {
    const whole = await t.gql<Data>(LIMITED, { root: 'issue:wide', depth: 2, limit: 2000 });
    assert.equal(whole.errors, undefined, JSON.stringify(whole.errors));
    const all = whole.data!.argumentGraph;
    // The issue, its 60 positions (and their 60 actors) at 1 hop, their 60 arguments at 2.
    assert.equal(all.nodes.length, 181);
    assert.equal(all.truncated, false);
    for (const [depth, limit] of [
      [1, 7],
      [2, 25],
      [2, 100],
      [2, 180],
    ] as const) {
      const cut = await t.gql<Data>(LIMITED, { root: 'issue:wide', depth, limit });
      assert.equal(cut.errors, undefined, JSON.stringify(cut.errors));
      const graph = cut.data!.argumentGraph;
      assert.equal(graph.nodes.length, limit, `depth ${depth}, limit ${limit}`);
      assert.equal(graph.truncated, true);
      const full = depth === 2 ? all : (await t.gql<Data>(LIMITED, { root: 'issue:wide', depth, limit: 2000 })).data!.argumentGraph;
      assert.deepEqual(graph.nodes, full.nodes.slice(0, limit), 'the nearest nodes, in the order of the whole answer');
      const kept = new Set(graph.nodes.map((n: Data) => n.id));
      assert.deepEqual(
        graph.edges.map((e: Data) => e.id).sort(),
        full.edges
          .filter((e: Data) => kept.has(e.source) && kept.has(e.target))
          .map((e: Data) => e.id)
          .sort(),
      );
      assert.ok(graph.edges.length > 0);
    }
    const exact = await t.gql<Data>(LIMITED, { root: 'issue:wide', depth: 2, limit: 181 });
    assert.equal(exact.data!.argumentGraph.truncated, false);
    assert.deepEqual(exact.data!.argumentGraph, all);

    // A neighbourhood under the default limit is the same whatever the limit.
    const plain = await t.gql<Data>(GRAPH, { root: 'claim:r0', depth: 3 });
    const small = await t.gql<Data>(`query { argumentGraph(rootId: "claim:r0", depth: 3) { truncated nodes { id } edges { id } } }`);
    assert.equal(small.data!.argumentGraph.truncated, false);
    assert.deepEqual(
      small.data!.argumentGraph.nodes.map((n: Data) => n.id),
      plain.data!.argumentGraph.nodes.map((n: Data) => n.id),
    );
    const size = plain.data!.argumentGraph.nodes.length;
    const justEnough = await t.gql<Data>(LIMITED, { root: 'claim:r0', depth: 3, limit: size });
    assert.equal(justEnough.data!.argumentGraph.truncated, false);
    assert.equal(justEnough.data!.argumentGraph.edges.length, plain.data!.argumentGraph.edges.length);

    for (const limit of [0, 2001]) {
      const refused = await t.gql(LIMITED, { root: 'claim:r0', depth: 1, limit });
      assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(refused.errors?.[0]?.extensions?.field, 'limit');
      assert.match(refused.errors![0]!.message, /limit must be between 1 and 2000/);
    }
  });

  it('finds chains shortest first, never visiting a claim twice, within maxLength', async () => {
    const r = await t.gql<Data>(CHAINS, { from: 'claim:r0', to: 'claim:r4', max: 8 });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const chains = r.data!.argumentChains;
    assert.deepEqual(
      chains.map((c: Data) => c.arguments.map((a: Data) => a.id)),
      [
        ['argument:shortcut', 'argument:r3'],
        ['argument:r0', 'argument:r1', 'argument:r2', 'argument:r3'],
      ],
    );
    for (const c of chains) {
      const ids = c.claims.map((x: Data) => x.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.equal(c.length, c.arguments.length);
      assert.equal(ids.length, c.length + 1);
    }
    const short = await t.gql<Data>(CHAINS, { from: 'claim:r0', to: 'claim:r4', max: 2 });
    assert.equal(short.data!.argumentChains.length, 1);
    const attack = await t.gql<Data>(CHAINS, { from: 'claim:r4', to: 'claim:r2', max: 1 });
    assert.equal(attack.data!.argumentChains[0].arguments[0].kind, 'ATTACK');
  });

  it('counts only chains without a repeated claim towards first, however many walks have cycles', async () => {
    const r = await t.gql<Data>(CHAINS, { from: 'claim:k0', to: 'claim:k1', max: 8, first: 100 });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const chains = r.data!.argumentChains;
    // 1 direct + 4 through one other claim + 4*3 + 4*3*2 + 4*3*2*1 through two, three, four.
    assert.equal(chains.length, 65);
    const lengths = chains.map((c: Data) => c.length);
    assert.deepEqual(
      lengths,
      [...lengths].sort((a: number, b: number) => a - b),
    );
    for (const c of chains) assert.equal(new Set(c.claims.map((x: Data) => x.id)).size, c.claims.length);
    const page = await t.gql<Data>(CHAINS, { from: 'claim:k0', to: 'claim:k1', max: 3, first: 10 });
    assert.equal(page.data!.argumentChains.length, 10);
    assert.ok(page.data!.argumentChains.every((c: Data) => c.length <= 3));
    assert.equal(page.extensions?.roundTrips, 1, 'the chains come with their claims and arguments');
    const first = page.data!.argumentChains[0];
    assert.equal(first.claims.length, first.length + 1);
    assert.equal(first.arguments.length, first.length);
    assert.equal(first.claims[0].id, 'claim:k0');
    assert.equal(first.claims.at(-1).id, 'claim:k1');
  });
});

describe('argumentGraph on the seed debate', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService({ seed: true });
  });
  after(() => t?.close());

  it('shows who argues for and against the central policy claim, with provisions and sources', async () => {
    const r = await t.gql<Data>(GRAPH, { root: 'claim:us-should-send-convicted-citizens-to-el-salvador', depth: 3 });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const types = new Set(r.data!.argumentGraph.nodes.map((n: Data) => n.type));
    for (const type of ['Claim', 'Argument', 'Actor', 'Source', 'Provision']) assert.ok(types.has(type), type);
    const edgeTypes = new Set(r.data!.argumentGraph.edges.map((e: Data) => e.type));
    for (const type of ['PREMISE', 'CONCLUSION', 'ASSERTS', 'REPORTED_IN', 'CITES']) assert.ok(edgeTypes.has(type), type);
    assert.ok(r.data!.argumentGraph.nodes.some((n: Data) => n.attackKind === 'REBUT'));
    assert.equal(r.extensions?.roundTrips, 1, 'one statement for the whole neighbourhood');
    const ids = new Set(r.data!.argumentGraph.nodes.map((n: Data) => n.id));
    for (const e of r.data!.argumentGraph.edges) assert.ok(ids.has(e.source) && ids.has(e.target), `dangling edge ${e.id}`);
  });

  it('links a legal objection to the policy it counts against', async () => {
    // The policy is conditional ("if the law allows it"), so unlawfulness does not rebut it; Cruz's
    // constitutional objection reaches it by undermining a premise of one of its supports.
    const r = await t.gql<Data>(CHAINS, {
      from: 'claim:even-decent-foreign-prisons-could-violate-constitutional-norms',
      to: 'claim:us-should-send-convicted-citizens-to-el-salvador',
      max: 3,
    });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const [shortest] = r.data!.argumentChains;
    assert.equal(shortest.length, 2);
    assert.deepEqual(
      shortest.arguments.map((a: Data) => a.kind),
      ['ATTACK', 'SUPPORT'],
    );
    assert.deepEqual(
      shortest.claims.map((c: Data) => c.id),
      [
        'claim:even-decent-foreign-prisons-could-violate-constitutional-norms',
        'claim:sending-convicts-abroad-is-no-different-from-prison-at-home',
        'claim:us-should-send-convicted-citizens-to-el-salvador',
      ],
    );
  });
});
