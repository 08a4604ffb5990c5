import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateDebate } from '../../src/cli/generate.js';
import { renderExport } from '../../src/interchange/formats.js';
import { startTestService, type TestService } from '../support/service.js';

const CLAIMS = 3000;

describe('heavy requests: streamed exports and a shared queue', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService({ seed: true });
  });
  after(() => t?.close());

  it('streams the seed debate as the same bytes as the document built whole', async () => {
    const whole = await t.service.backend.repos.graphExport.exportGraph();
    const expected = renderExport(whole!, 'json').body;
    const response = await fetch(`${t.url}/export?format=json`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), null, 'written as it is read, so its length is not known up front');
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(await response.text(), expected);
  });

  it(`streams a generated map of ${CLAIMS} claims, page after page, as the document built whole`, async () => {
    const repos = t.service.backend.repos;
    await repos.database.deleteEverything();
    const doc = generateDebate({ claims: CLAIMS, seed: 3 });
    await repos.graphImport.importGraph({ doc, external: [], batchSize: 2000 });
    const whole = await repos.graphExport.exportGraph();
    const expected = renderExport(whole!, 'json').body;
    const text = await (await fetch(`${t.url}/export`)).text();
    assert.equal(text.length, expected.length);
    assert.ok(text === expected, 'the same bytes');
    const parsed = JSON.parse(text) as Record<string, unknown[]>;
    assert.equal(parsed.claims!.length, CLAIMS);
    assert.equal(parsed.assertions!.length, doc.assertions.length);
    assert.equal(parsed.citations!.length, doc.citations.length);

    // Pages smaller than a section: keys carry over from one page to the next without a gap or a repeat.
    const { streamJsonDocument } = await import('../../src/interchange/stream-json.js');
    let small = '';
    for await (const chunk of streamJsonDocument(repos.graphExport.wholeInPages(97))) small += chunk;
    assert.ok(small === expected, 'pages of 97 items give the same document');
  });

  it('runs at most ARGMAP_HEAVY_CONCURRENCY heavy requests, queues ARGMAP_HEAVY_QUEUE, refuses the rest with 429 and Retry-After', async () => {
    const limited = await startTestService({ wipe: false, env: { ARGMAP_HEAVY_CONCURRENCY: '1', ARGMAP_HEAVY_QUEUE: '1' } });
    try {
      const exportOnce = async () => {
        const response = await fetch(`${limited.url}/export`);
        const body = await response.text();
        return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
      };
      const exports = await Promise.all(Array.from({ length: 6 }, exportOnce));
      const statuses = exports.map((e) => e.status).sort();
      assert.ok(
        statuses.every((s) => s === 200 || s === 429),
        statuses.join(),
      );
      const done = exports.filter((e) => e.status === 200);
      const refused = exports.filter((e) => e.status === 429);
      assert.ok(done.length >= 2, `the running export and the queued one finish (${statuses.join()})`);
      assert.ok(refused.length >= 1, `six at once with one running and one waiting: some are refused (${statuses.join()})`);
      for (const r of refused) {
        assert.match(r.retryAfter ?? '', /^[1-9][0-9]*$/);
        assert.match(JSON.parse(r.body).error, /busy/);
      }
      for (const d of done) assert.equal(JSON.parse(d.body).claims.length, CLAIMS);

      // Evaluations and deep graphs share the same gate, over GraphQL.
      const evaluate = () => limited.gql<Record<string, any>>('{ evaluation { counts { in out undec } } }', {}, null); // eslint-disable-line @typescript-eslint/no-explicit-any
      const deep = () => limited.gql('{ argumentGraph(rootId: "claim:g000001", depth: 6, limit: 2000) { truncated } }', {}, null);
      const answers = await Promise.all([exportOnce(), evaluate(), deep(), evaluate(), deep(), evaluate()]);
      const graphql = answers.slice(1) as Awaited<ReturnType<typeof evaluate>>[];
      const busy = graphql.filter((a) => a.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS');
      assert.ok(busy.length >= 1, JSON.stringify(graphql.map((a) => a.errors?.[0]?.extensions ?? 'ok')));
      for (const b of busy) {
        assert.ok(Number.isInteger(b.errors![0]!.extensions!.retryAfter) && (b.errors![0]!.extensions!.retryAfter as number) >= 1);
        assert.equal(b.status, 429);
      }
      for (const a of graphql.filter((x) => !x.errors)) assert.ok(a.data);

      // Once the burst has passed, the next heavy request runs.
      const later = await evaluate();
      assert.equal(later.errors, undefined, JSON.stringify(later.errors));
      assert.equal((await exportOnce()).status, 200);
      // Light requests never wait for the gate.
      const light = await limited.gql('{ claims(first: 1) { edges { node { id } } } }', {}, null);
      assert.equal(light.errors, undefined);
    } finally {
      await limited.close();
    }
  });
});
