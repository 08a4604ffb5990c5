import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { GRAPHIQL_EXAMPLE_TABS } from '../../src/api/graphql/graphiql-examples.js';
import { loadSeed, SEED_FILE } from '../../src/cli/seed.js';
import { startTestService, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the seed debate in the database', () => {
  let t: TestService;
  let doc: Data;
  before(async () => {
    t = await startTestService({ seed: true });
    doc = JSON.parse(await readFile(SEED_FILE, 'utf8'));
  });
  after(() => t?.close());

  it('holds every node of data/seed/debate.json', async () => {
    const r = await t.gql<Data>(`{
      claims { totalCount } actors { totalCount } sources { totalCount } provisions { totalCount } issues { totalCount }
    }`);
    assert.equal(r.data!.claims.totalCount, doc.claims.length);
    assert.equal(r.data!.actors.totalCount, doc.actors.length);
    assert.equal(r.data!.sources.totalCount, doc.sources.length);
    assert.equal(r.data!.provisions.totalCount, doc.provisions.length);
    assert.equal(r.data!.issues.totalCount, doc.issues.length);
    const expectedNodes = ['issues', 'actors', 'sources', 'provisions', 'claims', 'arguments', 'assertions'].reduce(
      (n, k) => n + doc[k].length,
      0,
    );
    assert.equal((await t.service.backend.repos.database.counts()).nodes, expectedNodes);
  });

  it('loading it again gives the same graph', async () => {
    const before = await t.service.backend.repos.database.counts();
    const result = await loadSeed(t.service.backend.repos, t.service.backend.schema);
    assert.equal(result.nodesCreated, 0);
    assert.equal(result.relationshipsCreated, 0);
    assert.deepEqual(await t.service.backend.repos.database.counts(), before);
    await loadSeed(t.service.backend.repos, t.service.backend.schema, { reset: true });
    assert.deepEqual(await t.service.backend.repos.database.counts(), before);
  });

  it('every claim has at least one assertion, and every assertion an actor', async () => {
    let after: string | null = null;
    const unasserted: string[] = [];
    for (;;) {
      const r: Data = await t.gql<Data>(
        'query ($after: String) { claims(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id assertions { actor { id } } } } } }',
        { after },
      );
      for (const edge of r.data!.claims.edges) if (edge.node.assertions.length === 0) unasserted.push(edge.node.id);
      if (!r.data!.claims.pageInfo.hasNextPage) break;
      after = r.data!.claims.pageInfo.endCursor;
    }
    assert.deepEqual(unasserted, []);
  });

  it('reads back which arguments are reconstructions and whose each citation is', async () => {
    const batch = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / 10) }, (_, i) => items.slice(i * 10, i * 10 + 10));
    const reconstructed: string[] = [];
    for (const ids of batch<string>(doc.arguments.map((a: Data) => a.id))) {
      const r = await t.gql<Data>(`{ ${ids.map((id, i) => `a${i}: argument(id: "${id}") { id reconstructed }`).join(' ')} }`);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      for (const a of Object.values(r.data!) as Data[]) if (a.reconstructed) reconstructed.push(a.id);
    }
    assert.deepEqual(
      reconstructed.sort(),
      doc.arguments
        .filter((a: Data) => a.reconstructed)
        .map((a: Data) => a.id)
        .sort(),
    );
    const stored: string[] = [];
    const cited = [...new Set<string>(doc.citations.map((c: Data) => c.claimId))];
    for (const ids of batch(cited)) {
      const r = await t.gql<Data>(
        `{ ${ids.map((id, i) => `c${i}: claim(id: "${id}") { id citations { attribution provision { id } } }`).join(' ')} }`,
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      for (const c of Object.values(r.data!) as Data[])
        for (const x of c.citations) stored.push(`${c.id} ${x.provision.id} ${x.attribution}`);
    }
    const expected = doc.citations.map((c: Data) => `${c.claimId} ${c.provisionId} ${c.attribution ?? 'SPEAKER'}`);
    assert.deepEqual(stored.sort(), expected.sort());
    assert.ok(expected.some((e: string) => e.endsWith(' ANALYST')) && reconstructed.length > 0);
    const exported = await t.service.backend.repos.graphExport.exportGraph();
    assert.deepEqual(
      exported!.arguments
        .filter((a) => a.reconstructed)
        .map((a) => a.id)
        .sort(),
      reconstructed.sort(),
      'the json export keeps the mark',
    );
    assert.equal(
      exported!.citations.filter((c) => c.attribution === 'ANALYST').length,
      expected.filter((e: string) => e.endsWith(' ANALYST')).length,
    );
  });

  for (const [index, tab] of GRAPHIQL_EXAMPLE_TABS.entries()) {
    const name = /query (\w+)/.exec(tab.query)?.[1] ?? `tab ${index}`;
    it(`GraphiQL example "${name}" answers from the seed debate`, async () => {
      const r = await t.gql<Data>(tab.query);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      const json = JSON.stringify(r.data);
      assert.ok(!/^\{("\w+":(null|\[\]|\{"edges":\[\]\}),?)+\}$/.test(json), `empty answer: ${json.slice(0, 200)}`);
      assert.ok(json.length > 200, `thin answer: ${json}`);
    });
  }
});
