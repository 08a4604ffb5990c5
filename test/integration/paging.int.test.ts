import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asInput, debateFixture, IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';
import { NODE_LIST_MAX } from '../../src/domain/validation.js';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Connection {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: { id: string } }[];
}
type Answer = Record<string, Connection>;

const CONNECTIONS = ['claims', 'actors', 'provisions', 'sources', 'issues'] as const;

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const fieldOf = (r: GqlResult) => r.errors?.[0]?.extensions?.field;
const idsOf = (c: Connection) => c.edges.map((e) => e.node.id);

/** A query for one page of `field`; `args` are the connection's arguments as variables. */
const pageQuery = (field: string, extra = '') => `query ($first: Int, $after: String, $last: Int, $before: String) {
  ${field}(first: $first, after: $after, last: $last, before: $before${extra}) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
}`;

describe('Relay cursor connections, forward and backward, on every connection', () => {
  let t: TestService;
  const fixture = debateFixture();
  /** Every id of each list, in the order the API promises (by id). */
  const expected: Record<(typeof CONNECTIONS)[number], string[]> = {
    claims: fixture.claims.map((c) => c.id).sort(),
    actors: fixture.actors.map((a) => a.id).sort(),
    provisions: fixture.provisions.map((p) => p.id).sort(),
    sources: fixture.sources.map((s) => s.id).sort(),
    issues: fixture.issues.map((i) => i.id).sort(),
  };

  async function page(field: string, variables: Record<string, unknown>, extra = ''): Promise<Connection> {
    const r = await t.gql<Answer>(pageQuery(field, extra), variables);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data![field]!;
  }

  before(async () => {
    t = await startTestService();
    const imported = await t.gql(IMPORT_MUTATION, { input: asInput(fixture) });
    assert.equal(imported.errors, undefined, JSON.stringify(imported.errors));
  });
  after(() => t?.close());

  for (const field of CONNECTIONS) {
    it(`${field}: paging forward with first/after and backward with last/before give the whole list in order, once`, async () => {
      const size = field === 'claims' ? 7 : 2;
      const forward: string[] = [];
      let cursor: string | null = null;
      for (let n = 0; ; n++) {
        const c = await page(field, { first: size, after: cursor });
        assert.equal(c.totalCount, expected[field].length);
        assert.equal(c.pageInfo.hasPreviousPage, n > 0, `page ${n} forward: hasPreviousPage`);
        assert.equal(c.pageInfo.startCursor, c.edges[0]?.cursor ?? null);
        assert.equal(c.pageInfo.endCursor, c.edges.at(-1)?.cursor ?? null);
        forward.push(...idsOf(c));
        if (!c.pageInfo.hasNextPage) break;
        assert.equal(c.edges.length, size);
        cursor = c.pageInfo.endCursor;
      }
      const backwardPages: string[][] = [];
      cursor = null;
      for (let n = 0; ; n++) {
        const c = await page(field, { last: size, before: cursor });
        assert.equal(c.pageInfo.hasNextPage, n > 0, `page ${n} backward: hasNextPage`);
        backwardPages.unshift(idsOf(c));
        if (!c.pageInfo.hasPreviousPage) break;
        assert.equal(c.edges.length, size);
        cursor = c.pageInfo.startCursor;
      }
      assert.deepEqual(forward, expected[field]);
      assert.deepEqual(backwardPages.flat(), expected[field]);
    });
  }

  it('first: 0 and last: 0 give an empty page with null cursors, saying whether items exist each way', async () => {
    const none = await page('claims', { first: 0 });
    assert.deepEqual(none.edges, []);
    assert.deepEqual(none.pageInfo, { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
    assert.equal(none.totalCount, 60);

    const lastCursor = (await page('claims', { last: 1 })).pageInfo.endCursor;
    const pastTheEnd = await page('claims', { first: 0, after: lastCursor });
    assert.deepEqual(pastTheEnd.pageInfo, { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });

    const fromEnd = await page('claims', { last: 0 });
    assert.deepEqual(fromEnd.edges, []);
    assert.deepEqual(fromEnd.pageInfo, { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });

    const noMatch = await page('claims', { first: 0 }, ', where: { textContains: "no claim says this" }');
    assert.deepEqual(noMatch.pageInfo, { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    assert.equal(noMatch.totalCount, 0);
  });

  it('after and before together bound the page on both sides; first and last count from either end', async () => {
    const all = await page('claims', { first: 100 });
    const cursorOf = (id: string) => all.edges.find((e) => e.node.id === id)!.cursor;
    const window = { after: cursorOf('claim:c010'), before: cursorOf('claim:c020') };
    const inside = expected.claims.filter((id) => id > 'claim:c010' && id < 'claim:c020');

    const forward = await page('claims', { ...window, first: 100 });
    assert.deepEqual(idsOf(forward), inside);
    assert.equal(forward.pageInfo.hasNextPage, true, 'items exist from before on');
    assert.equal(forward.pageInfo.hasPreviousPage, true, 'items exist up to after');

    const head = await page('claims', { ...window, first: 3 });
    assert.deepEqual(idsOf(head), inside.slice(0, 3));
    const tail = await page('claims', { ...window, last: 3 });
    assert.deepEqual(idsOf(tail), inside.slice(-3));
    assert.equal(tail.pageInfo.hasPreviousPage, true);
  });

  it('last pages a filtered list from its end', async () => {
    const legal = expected.claims.filter((_, i) => i % 2 === 0);
    const c = await page('claims', { last: 5 }, ', where: { kind: LEGAL }');
    assert.equal(c.totalCount, legal.length);
    assert.deepEqual(idsOf(c), legal.slice(-5));
    assert.equal(c.pageInfo.hasPreviousPage, true);
    assert.equal(c.pageInfo.hasNextPage, false);
  });

  it('neither first nor last gives the first 20', async () => {
    const c = await page('claims', {});
    assert.deepEqual(idsOf(c), expected.claims.slice(0, 20));
    assert.equal(c.pageInfo.hasNextPage, true);
    assert.equal(c.pageInfo.hasPreviousPage, false);
  });

  /** The connections on nodes, beside the lists they page: node query, list field, connection field. */
  const NODE_CONNECTIONS = [
    { node: 'claim(id: "claim:c004")', list: 'assertions', connection: 'assertionsConnection' },
    { node: 'actor(id: "actor:bob-official")', list: 'assertions', connection: 'assertionsConnection' },
    { node: 'actor(id: "actor:ann-expert")', list: 'claims', connection: 'claimsConnection' },
    { node: 'source(id: "source:report")', list: 'assertions', connection: 'assertionsConnection' },
  ] as const;

  for (const { node, list, connection } of NODE_CONNECTIONS) {
    it(`${node} { ${connection} } pages through the same items as ${list}, forward and backward`, async () => {
      const query = `query ($first: Int, $after: String, $last: Int, $before: String) { n: ${node} {
        ${list} { id }
        ${connection}(first: $first, after: $after, last: $last, before: $before) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
        }
      } }`;
      const read = async (variables: Record<string, unknown>) => {
        const r = await t.gql<{ n: Record<string, unknown> }>(query, variables);
        assert.equal(r.errors, undefined, JSON.stringify(r.errors));
        return { all: (r.data!.n[list] as { id: string }[]).map((x) => x.id), page: r.data!.n[connection] as Connection };
      };
      const { all } = await read({ first: 0 });
      assert.ok(all.length > 0, `${node} has ${list}`);
      const size = all.length > 6 ? 4 : 1;
      const forward: string[] = [];
      let cursor: string | null = null;
      for (;;) {
        const { page } = await read({ first: size, after: cursor });
        assert.equal(page.totalCount, all.length);
        assert.equal(page.pageInfo.hasPreviousPage, cursor !== null);
        forward.push(...idsOf(page));
        if (!page.pageInfo.hasNextPage) break;
        cursor = page.pageInfo.endCursor;
      }
      const backward: string[][] = [];
      cursor = null;
      for (;;) {
        const { page } = await read({ last: size, before: cursor });
        assert.equal(page.pageInfo.hasNextPage, cursor !== null);
        backward.unshift(idsOf(page));
        if (!page.pageInfo.hasPreviousPage) break;
        cursor = page.pageInfo.startCursor;
      }
      assert.deepEqual(forward, [...all].sort());
      assert.deepEqual(backward.flat(), [...all].sort());
    });
  }

  it('a page of connections on nodes costs as many round trips for 50 claims as for 2, and refuses bad arguments', async () => {
    const query = `query ($first: Int, $inner: Int) { claims(first: $first) { edges { node {
      id assertionsConnection(first: $inner) { totalCount edges { node { id actor { claimsConnection(last: 2) { totalCount pageInfo { startCursor } } } } } }
    } } } }`;
    const small = await t.gql<Answer>(query, { first: 2, inner: 1 });
    const large = await t.gql<{ claims: { edges: { node: { id: string; assertionsConnection: Connection } }[] } }>(query, {
      first: 50,
      inner: 1,
    });
    assert.equal(large.errors, undefined, JSON.stringify(large.errors));
    for (const { node } of large.data!.claims.edges) {
      assert.equal(node.assertionsConnection.totalCount, fixture.assertions.filter((a) => a.claimId === node.id).length);
    }
    // The same three round trips for 2 claims as for 50: each level of nested pages is batched, never
    // one statement per item.
    assert.equal(small.extensions?.roundTrips, 3);
    assert.equal(large.extensions?.roundTrips, 3);

    const refused = await t.gql('{ claim(id: "claim:c004") { assertionsConnection(first: 1, last: 1) { totalCount } } }');
    assert.equal(codeOf(refused), 'BAD_USER_INPUT');
    assert.equal(fieldOf(refused), 'last');
  });

  it('refuses first with last, sizes outside 0 to 100 and foreign cursors, naming the argument', async () => {
    const refused: [Record<string, unknown>, string][] = [
      [{ first: 2, last: 2 }, 'last'],
      [{ first: 101 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ last: 101 }, 'last'],
      [{ last: -1 }, 'last'],
      [{ last: 2, before: 'not-a-cursor' }, 'before'],
      [{ first: 2, after: 'not-a-cursor' }, 'after'],
    ];
    for (const field of CONNECTIONS) {
      for (const [variables, argument] of refused) {
        const r = await t.gql(pageQuery(field), variables);
        assert.equal(codeOf(r), 'BAD_USER_INPUT', `${field} ${JSON.stringify(variables)}: ${JSON.stringify(r.errors)}`);
        assert.equal(fieldOf(r), argument, `${field} ${JSON.stringify(variables)}`);
        assert.equal(r.data?.[field] ?? null, null);
      }
    }
  });
});

describe('lists on nodes hold at most NODE_LIST_MAX items; their connections hold the rest', () => {
  let t: TestService;
  const many = 103;
  const claims = Array.from({ length: many }, (_, i) => ({
    id: `claim:p${String(i).padStart(3, '0')}`,
    text: `Claim ${i}.`,
    kind: 'LEGAL',
  }));
  const document = {
    issues: [{ id: 'issue:popular', question: 'Is it popular?' }],
    actors: [
      { id: 'actor:a', name: 'A', kind: 'PERSON' },
      { id: 'actor:b', name: 'B', kind: 'PERSON' },
    ],
    sources: [{ id: 'source:s', title: 'S', kind: 'NEWS' }],
    provisions: [{ id: 'provision:p', name: 'P', kind: 'STATUTE' }],
    claims,
    // claim:p000 asserted `many` times by actor:a; every other claim once by actor:b.
    assertions: [
      ...claims.map((_, i) => ({
        id: `assertion:a${String(i).padStart(3, '0')}`,
        actorId: 'actor:a',
        claimId: 'claim:p000',
        sourceId: 'source:s',
      })),
      ...claims.slice(1).map((c) => ({ id: `assertion:b-${c.id.slice(6)}`, actorId: 'actor:b', claimId: c.id, sourceId: 'source:s' })),
    ],
    citations: claims.map((c) => ({ claimId: c.id, provisionId: 'provision:p', role: 'PROHIBITS' })),
    // Every claim CON but the last, PRO: a list cut at 100 before filtering by stance would lose it.
    positions: claims.map((c, i) => ({ claimId: c.id, issueId: 'issue:popular', stance: i === many - 1 ? 'PRO' : 'CON' })),
  };

  before(async () => {
    t = await startTestService();
    const imported = await t.gql(IMPORT_MUTATION, { input: document });
    assert.equal(imported.errors, undefined, JSON.stringify(imported.errors));
  });
  after(() => t?.close());

  it('each list stops at NODE_LIST_MAX while totalCount counts everything', async () => {
    const r = await t.gql<Record<string, Record<string, { length: number } & { totalCount?: number }>>>(`{
      claim(id: "claim:p000") { assertions { id } assertionsConnection(first: 0) { totalCount } }
      a: actor(id: "actor:a") { assertions { id } assertionsConnection(first: 0) { totalCount } }
      b: actor(id: "actor:b") { claims { id } claimsConnection(first: 0) { totalCount } }
      source(id: "source:s") { assertions { id } assertionsConnection(first: 0) { totalCount } }
      provision(id: "provision:p") { citedBy { role } }
      issue(id: "issue:popular") { positions { stance } pro: positions(stance: PRO) { claim { id } } }
      claims(first: 1) { edges { node { assertions { id } } } }
    }`);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const d = r.data as Record<string, Record<string, unknown[] & { totalCount: number }>>;
    const sizes = {
      claim: [d.claim!.assertions!.length, d.claim!.assertionsConnection!.totalCount],
      a: [d.a!.assertions!.length, d.a!.assertionsConnection!.totalCount],
      b: [d.b!.claims!.length, d.b!.claimsConnection!.totalCount],
      source: [d.source!.assertions!.length, d.source!.assertionsConnection!.totalCount],
    };
    assert.deepEqual(sizes, {
      claim: [NODE_LIST_MAX, many],
      a: [NODE_LIST_MAX, many],
      b: [NODE_LIST_MAX, many - 1],
      source: [NODE_LIST_MAX, 2 * many - 1],
    });
    assert.equal(d.provision!.citedBy!.length, NODE_LIST_MAX);
    assert.equal(d.issue!.positions!.length, NODE_LIST_MAX + 1, '100 CON and the PRO');
    assert.deepEqual(d.issue!.pro, [{ claim: { id: claims.at(-1)!.id } }]);
    // claims(...) reads assertions through the by-claim-ids loader, claim(id) through the look-ahead: both bound.
    const listed = (d.claims as unknown as { edges: { node: { assertions: unknown[] } }[] }).edges[0]!.node.assertions;
    assert.equal(listed.length, NODE_LIST_MAX);
  });
});
