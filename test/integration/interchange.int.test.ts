// The shared AIF corpora imported into a real Neo4j through importGraph's path, and importDocument over HTTP.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { GraphDocument } from '../../src/domain/graph-document.js';
import { parseGraphDocument } from '../../src/cli/document-io.js';
import { documentToAif } from '../../src/interchange/aif.js';
import { documentToArgdown } from '../../src/interchange/argdown.js';
import { Tally } from '../../src/interchange/common.js';
import { convertFile } from '../../src/interchange/files.js';
import { importMaps, type ImportMapsReport } from '../../src/cli/import-maps.js';
import { CORPORA, CORPORA_DIR, corporaMissing, corpusMaps } from '../support/corpora.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

const IMPORT_DOCUMENT = `mutation Import($input: ImportDocumentInput!) {
  importDocument(input: $input) {
    result { items nodesCreated relationshipsCreated }
    claims arguments assertions actors
    skipped { reason count }
  }
}`;

type Import = {
  result: { items: number; nodesCreated: number };
  claims: number;
  assertions: number;
  skipped: { reason: string; count: number }[];
};

describe('interchange: whole corpora into Neo4j', { skip: corporaMissing() }, () => {
  let t: TestService;
  const reports = new Map<string, ImportMapsReport>();
  const expected: GraphDocument[] = [];
  before(async () => {
    t = await startTestService();
  });
  after(() => t?.close());

  const importAll = async () => {
    const { repos, schema } = t.service.backend;
    for (const corpus of CORPORA) {
      reports.set(
        corpus,
        await importMaps({
          paths: [path.join(CORPORA_DIR, corpus)],
          format: 'aif',
          sourceName: corpus,
          sourcePerMap: corpus === 'qt30',
          sourceKind: 'REPORT',
          schema,
          graphImport: repos.graphImport,
        }),
      );
    }
  };

  it('every map imports without error; the totals and the import rate', { timeout: 900_000 }, async () => {
    const started = Date.now();
    await importAll();
    const seconds = (Date.now() - started) / 1000;
    const sum = (key: 'maps' | 'claims' | 'arguments' | 'assertions' | 'items') => [...reports.values()].reduce((n, r) => n + r[key], 0);
    const maps = await corpusMaps();
    assert.equal(sum('maps'), maps.length);
    const all = (await t.service.backend.repos.graphExport.exportGraph())!;
    const counts = {
      Claim: all.claims.length,
      Argument: all.arguments.length,
      Assertion: all.assertions.length,
      Actor: all.actors.length,
      Source: all.sources.length,
    };
    const skipped = new Tally();
    for (const r of reports.values()) skipped.merge(r.skipped);
    for (const { corpus, file } of maps) {
      const { doc } = await convertFile(file, 'aif', { sourceName: corpus, sourcePerMap: corpus === 'qt30', sourceKind: 'REPORT' });
      expected.push(parseGraphDocument(doc, t.service.backend.schema, file).doc);
    }
    const actors = new Set(expected.flatMap((d) => d.actors.map((a) => a.id)));
    const sources = new Set(expected.flatMap((d) => d.sources.map((s) => s.id)));
    assert.deepEqual(
      { claims: counts.Claim, arguments: counts.Argument, assertions: counts.Assertion, actors: counts.Actor, sources: counts.Source },
      { claims: sum('claims'), arguments: sum('arguments'), assertions: sum('assertions'), actors: actors.size, sources: sources.size },
    );
    assert.equal(sources.size, 1 + 20, 'one Source for us-2016 (microtexts and iac have no locutions), one per map for qt30');
    console.log(
      `corpora: ${maps.length} maps, ${sum('items')} items in ${seconds.toFixed(1)} s ` +
        `(${(maps.length / seconds).toFixed(1)} maps/s, ${Math.round(sum('items') / seconds)} items/s): ` +
        `${counts.Claim} claims, ${counts.Argument} arguments, ${counts.Assertion} assertions, ${counts.Actor} actors, ${counts.Source} sources; ` +
        `not carried over: ${JSON.stringify(skipped.toJSON())}`,
    );
    for (const [corpus, r] of reports)
      console.log(
        `  ${corpus}: ${r.maps} maps, ${r.claims} claims, ${r.arguments} arguments, ${r.assertions} assertions, ${r.actors} actors`,
      );
  });

  it('importing the corpora again changes nothing', { timeout: 900_000 }, async () => {
    const before = await t.service.backend.repos.database.counts();
    await importAll();
    for (const r of reports.values()) {
      assert.equal(r.nodesCreated, 0);
      assert.equal(r.relationshipsCreated, 0);
    }
    assert.deepEqual(await t.service.backend.repos.database.counts(), before);
  });

  it('the database gives back what was imported: premise order, illocutions, dialogue order, scheme ids', async () => {
    const exported = (await t.service.backend.repos.graphExport.exportGraph())!;
    const sorted = (items: object[]) => items.map((x) => JSON.stringify(x, Object.keys(x).sort())).sort();
    const compact = (x: object) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== null && v !== undefined));
    for (const key of ['claims', 'arguments', 'assertions'] as const) {
      assert.deepEqual(
        sorted(exported[key].map(compact)),
        sorted(expected.flatMap((d) => d[key] as object[]).map(compact)),
        `${key} as imported`,
      );
    }
    const aif = documentToAif(exported);
    const types = new Map<string, number>();
    for (const n of aif.nodes) types.set(n.type, (types.get(n.type) ?? 0) + 1);
    assert.ok(
      ['I', 'RA', 'CA', 'MA', 'L', 'YA', 'TA'].every((type) => (types.get(type) ?? 0) > 0),
      JSON.stringify([...types]),
    );
    assert.ok(documentToArgdown(exported).length > 0);
  });

  it('GraphQL shows a US2016 debate with its speakers', async () => {
    type Page = {
      node: {
        assertionsConnection: {
          edges: { node: { quote: string; actor: { name: string } } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };
    const assertions: { quote: string; actor: { name: string } }[] = [];
    for (let after: string | null = null; ;) {
      const r: GqlResult<Page> = await t.gql<Page>(
        `query Page($after: String) { node(id: "source:us-2016") { ... on Source {
          assertionsConnection(first: 100, after: $after) {
            edges { node { quote actor { name } } } pageInfo { hasNextPage endCursor } } } } }`,
        { after },
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      const page = r.data!.node.assertionsConnection;
      assertions.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const speakers = new Set(assertions.map((a) => a.actor.name));
    assert.ok(speakers.has('CLINTON') && speakers.has('TRUMP'), [...speakers].slice(0, 20).join(', '));
    assert.ok(
      assertions.every((a) => !/^\s*(CLINTON|TRUMP)\s*:/.test(a.quote)),
      'quotes without the speaker prefix',
    );
  });
});

describe('interchange: importDocument over HTTP', { skip: corporaMissing() }, () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
  });
  after(() => t?.close());

  it('AIF, Argdown and JSON documents import through the API, idempotently, with what was not carried over', async () => {
    const [map] = (await corpusMaps()).filter((m) => m.corpus === 'us-2016');
    const content = await readFile(map!.file, 'utf8');
    const input = { format: 'AIF', content, source: 'US2016', map: map!.map };
    const first = await t.gql<{ importDocument: Import }>(IMPORT_DOCUMENT, { input });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    assert.ok(first.data!.importDocument.result.nodesCreated > 0 && first.data!.importDocument.assertions > 0);
    assert.ok(first.data!.importDocument.skipped.every((s) => s.count > 0 && s.reason.length > 0));
    const again = await t.gql<{ importDocument: Import }>(IMPORT_DOCUMENT, { input });
    assert.equal(again.data!.importDocument.result.nodesCreated, 0);

    const argdown = await t.gql<{ importDocument: Import }>(IMPORT_DOCUMENT, {
      input: { format: 'ARGDOWN', content: '[A]: Alpha.\n  + [B]: Beta.\n', source: 'Notes' },
    });
    assert.equal(argdown.errors, undefined, JSON.stringify(argdown.errors));
    assert.equal(argdown.data!.importDocument.claims, 2);
    const json = await t.gql<{ importDocument: Import }>(IMPORT_DOCUMENT, {
      input: { format: 'JSON', content: JSON.stringify({ claims: [{ id: 'claim:json-one', text: 'One', kind: 'VALUE' }] }) },
    });
    assert.equal(json.errors, undefined, JSON.stringify(json.errors));
    assert.equal(json.data!.importDocument.result.items, 1);
  });

  it('a bad document is refused with BAD_USER_INPUT and changes nothing; writes need a key', async () => {
    const before = await t.service.backend.repos.database.counts();
    for (const input of [
      { format: 'AIF', content: '{"nodes": 1}' },
      { format: 'AIF', content: 'not json' },
      { format: 'ARGDOWN', content: '(1) [A]: a\n----\n' },
      { format: 'JSON', content: '{"claims": [{"id": "bad id", "text": "x", "kind": "VALUE"}]}' },
      { format: 'JSON', content: '{"claims": [' },
    ]) {
      const r = await t.gql(IMPORT_DOCUMENT, { input });
      assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(r.errors));
      assert.equal(r.errors?.[0]?.extensions?.field, 'input.content', JSON.stringify(r.errors));
      assert.match(r.errors?.[0]?.message ?? '', /^input\.content: /);
    }
    const anonymous = await t.gql(IMPORT_DOCUMENT, { input: { format: 'ARGDOWN', content: '[A]: a' } }, null);
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.deepEqual(await t.service.backend.repos.database.counts(), before);
  });
});
