import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asInput, debateFixture, IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

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
