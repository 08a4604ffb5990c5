// Import, export and the command line per map: a map per corpus file, exports that hold one map,
// documents and references that would join two maps refused.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { parseGraphDocument } from '../../src/cli/document-io.js';
import { REPO_ROOT } from '../../src/config.js';
import { ConflictError } from '../../src/domain/errors.js';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from '../../src/domain/graph-document.js';
import { slugify } from '../../src/domain/ids.js';
import { convertFile } from '../../src/interchange/files.js';
import { CORPORA, CORPORA_DIR, corporaMissing, corpusMaps } from '../support/corpora.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

const run = promisify(execFile);

/** `argmap ARGS` as a process of its own, against the test database. */
async function argmap(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      cwd: REPO_ROOT,
      env: process.env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error) };
  }
}

const VERDICTS = `{ issues(first: 10) { edges { node { id
  verdict(semantics: [GROUNDED, COMPLETE, PREFERRED, STABLE]) {
    semantics answer extensionCount extensionCountExact
    positions { position { claim { id } stance } status { label credulous sceptical } }
  } } } } }`;

const MAP_PAGE = `query Maps($after: String) { maps(first: 100, after: $after) {
  totalCount edges { node { id name claimCount argumentCount } } pageInfo { hasNextPage endCursor } } }`;

const CLAIMS_OF = `query Claims($mapId: ID) {
  claims(mapId: $mapId, first: 100) { totalCount edges { node { id } } }
}`;
const SIZE_OF = `query Size($id: ID!) { map(id: $id) { name claimCount argumentCount } }`;

type MapSize = { name: string; claimCount: number; argumentCount: number };
type MapPage = {
  maps: { edges: { node: { id: string } & MapSize }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};
type Verdicts = { issues: { edges: { node: { id: string; verdict: { semantics: string; answer: string }[] } }[] } };
type Claims = { claims: { totalCount: number; edges: { node: { id: string } }[] } };
type Size = { map: MapSize | null };

describe('argmap import --map-per-file: the four corpora, a map per file', { skip: corporaMissing() }, () => {
  let t: TestService;
  before(async () => {
    t = await startTestService({ seed: true });
  });
  after(() => t?.close());

  it(
    'gives one map per file holding that file only, and leaves the seed debate and its verdicts as they were',
    { timeout: 900_000 },
    async () => {
      const verdicts = async () => {
        const r = await t.gql<Verdicts>(VERDICTS);
        assert.equal(r.errors, undefined, JSON.stringify(r.errors));
        return r.data;
      };
      const seedVerdicts = await verdicts();
      assert.deepEqual(
        seedVerdicts?.issues.edges.flatMap((e) => e.node.verdict.map((v) => v.semantics)),
        ['GROUNDED', 'COMPLETE', 'PREFERRED', 'STABLE'],
        "the seed's issue, under the four semantics",
      );
      const seedClaims = await t.gql<Claims>(CLAIMS_OF, {});
      const started = Date.now();
      const imported = await argmap('import', '--format', 'aif', '--map-per-file', ...CORPORA.map((c) => path.join(CORPORA_DIR, c)));
      const seconds = (Date.now() - started) / 1000;
      assert.equal(imported.code, 0, imported.stderr);
      const files = await corpusMaps();
      const summary = imported.stderr.split('\n').find((line) => line.startsWith('Imported ')) ?? '';
      assert.match(summary, new RegExp(`^Imported ${files.length} maps \\(\\d+ items\\) into a map each \\(${files.length} made now\\)`));
      console.log(`corpora, a map per file: ${files.length} files in ${seconds.toFixed(1)} s, process start included; ${summary}`);

      const maps = new Map<string, MapSize>();
      for (let after: string | null = null; ;) {
        const r: GqlResult<MapPage> = await t.gql<MapPage>(MAP_PAGE, { after });
        assert.equal(r.errors, undefined, JSON.stringify(r.errors));
        for (const { node } of r.data!.maps.edges)
          maps.set(node.id, { name: node.name, claimCount: node.claimCount, argumentCount: node.argumentCount });
        if (!r.data!.maps.pageInfo.hasNextPage) break;
        after = r.data!.maps.pageInfo.endCursor;
      }
      assert.deepEqual(
        [...maps.keys()].sort(),
        ['map:default', ...files.map((f) => `map:${slugify(f.map, 60)}`)].sort(),
        'map:default and one map per file',
      );

      // Every map is named after its file and holds as many claims and arguments as the file (converted as the command
      // converts it); a few, one of each corpus and the last, hold exactly the file's claims.
      const spotted = new Set([...CORPORA.map((corpus) => files.find((f) => f.corpus === corpus)!), files.at(-1)!]);
      for (const f of files) {
        const { corpus, file, map } = f;
        const { doc } = await convertFile(file, 'aif', { sourceName: corpus, sourcePerMap: true, actorPerMap: true, sourceKind: 'REPORT' });
        const expected = parseGraphDocument(doc, t.service.backend.schema, file).doc;
        assert.deepEqual(
          maps.get(`map:${map}`),
          { name: map, claimCount: expected.claims.length, argumentCount: expected.arguments.length },
          `${corpus}/${map}: its name and size`,
        );
        if (!spotted.has(f)) continue;
        const r = await t.gql<Claims>(CLAIMS_OF, { mapId: `map:${map}` });
        assert.equal(r.errors, undefined, JSON.stringify(r.errors));
        assert.equal(r.data!.claims.totalCount, expected.claims.length, `${corpus}/${map}: claims`);
        if (expected.claims.length <= 100) {
          assert.deepEqual(
            r.data!.claims.edges.map((e) => e.node.id).sort(),
            expected.claims.map((c) => c.id).sort(),
            `${corpus}/${map}: the file's claims`,
          );
        }
      }

      assert.deepEqual(await t.gql<Claims>(CLAIMS_OF, {}), seedClaims, "the default map's claims");
      assert.deepEqual(await verdicts(), seedVerdicts, "the seed debate's verdicts under every semantics");

      const again = await argmap('import', '--format', 'aif', '--map-per-file', ...CORPORA.map((c) => path.join(CORPORA_DIR, c)));
      assert.equal(again.code, 0, again.stderr);
      assert.match(
        again.stderr,
        /into a map each \(0 made now\).*; 0 nodes and 0 relationships created/,
        'importing again changes nothing',
      );
    },
  );
});

describe('import and export per map', () => {
  let t: TestService;
  let dir: string;
  const B = 'map:second';
  /** A small debate of the second map. */
  const second = {
    claims: [
      { id: 'claim:second-thesis', text: 'Cities should price road use.', kind: 'POLICY' },
      { id: 'claim:second-reason', text: 'Congestion charges cut traffic.', kind: 'FACTUAL' },
    ],
    arguments: [
      { id: 'argument:second-support', kind: 'SUPPORT', premiseIds: ['claim:second-reason'], conclusionId: 'claim:second-thesis' },
    ],
  };
  const exportOf = async (query: string) => {
    const response = await fetch(`${t.url}/export?format=json${query}`);
    return { status: response.status, disposition: response.headers.get('content-disposition'), body: await response.text() };
  };
  /** What a refused write must leave as it was: the whole database's counts and the second map's export and revision. */
  const state = async () => ({
    counts: await t.service.backend.repos.database.counts(),
    second: (await exportOf(`&mapId=${B}`)).body,
    revision: (await t.gql<{ map: { currentRevision: number } }>(`{ map(id: "${B}") { currentRevision } }`)).data?.map.currentRevision,
  });

  before(async () => {
    t = await startTestService({ seed: true });
    dir = mkdtempSync(path.join(tmpdir(), 'argmap-map-io-'));
    const made = await t.gql(`mutation { createMap(input: { name: "Second", slug: "second" }) { id } }`);
    assert.equal(made.errors, undefined, JSON.stringify(made.errors));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it("exports a map's nodes only; the default map's export does not change with another map", async () => {
    const defaultBefore = await exportOf('');
    assert.equal(defaultBefore.status, 200);
    const r = await t.gql(`mutation Import($input: ImportGraphInput!) { importGraph(mapId: "${B}", input: $input) { items } }`, {
      input: second,
    });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));

    const exported = await exportOf(`&mapId=${B}`);
    assert.equal(exported.status, 200);
    assert.match(exported.disposition ?? '', /filename="argmap-second\.json"/);
    const doc = JSON.parse(exported.body) as { claims: { id: string }[]; arguments: { id: string }[]; actors: unknown[] };
    assert.deepEqual(
      doc.claims.map((c) => c.id),
      ['claim:second-reason', 'claim:second-thesis'],
    );
    assert.deepEqual(
      doc.arguments.map((a) => a.id),
      ['argument:second-support'],
    );
    assert.deepEqual(doc.actors, []);
    assert.equal((await exportOf('')).body, defaultBefore.body, "map:default's export");
    assert.equal((await exportOf('&mapId=map:default')).body, defaultBefore.body, 'mapId=map:default is the default');

    // The command line's export of the map is the same document.
    const cli = await argmap('export', '--map', B);
    assert.equal(cli.code, 0, cli.stderr);
    assert.deepEqual(JSON.parse(cli.stdout), doc);
  });

  it('refuses an unknown map (404) and a malformed map id (400) with the JSON error body', async () => {
    const unknown = await exportOf('&mapId=map:nowhere');
    assert.equal(unknown.status, 404);
    assert.deepEqual(JSON.parse(unknown.body), { error: 'Map "map:nowhere" does not exist', code: 'NOT_FOUND' });
    const malformed = await exportOf('&mapId=Not%20a%20map');
    assert.equal(malformed.status, 400);
    assert.equal((JSON.parse(malformed.body) as { code: string }).code, 'BAD_USER_INPUT');
    const cli = await argmap('export', '--map', 'map:nowhere');
    assert.equal(cli.code, 1);
    assert.match(cli.stderr, /map:nowhere does not exist/);
  });

  it('refuses a document whose ids another map holds, on every import path, and changes nothing', async () => {
    const borrowed = {
      claims: [
        ...second.claims,
        { id: 'claim:second-extra', text: 'Pricing is fair to those who drive less.', kind: 'VALUE' },
        { id: 'claim:citizens-cannot-be-deported', text: 'Taken from the seed.', kind: 'LEGAL' },
      ],
      arguments: second.arguments,
    };
    const was = await state();

    // importGraph in one transaction (GraphQL).
    const r = await t.gql(`mutation Import($input: ImportGraphInput!) { importGraph(mapId: "${B}", input: $input) { items } }`, {
      input: borrowed,
    });
    assert.equal(r.errors?.[0]?.extensions?.code, 'CONFLICT', JSON.stringify(r.errors));
    assert.match(r.errors![0]!.message, /1 id of the document already belong.* map:default \(claim:citizens-cannot-be-deported\)/);
    assert.match(r.errors![0]!.message, /import the document into map:default, or give these items other ids/);
    assert.deepEqual(r.errors![0]!.extensions?.foreignIds, [
      { mapId: 'map:default', count: 1, ids: ['claim:citizens-cannot-be-deported'] },
    ]);

    // importGraph in batches (as the command line writes a large document).
    const repos = t.service.backend.reposFor(B);
    const { doc, external } = parseGraphDocument(borrowed, t.service.backend.schema, 'borrowed');
    await assert.rejects(repos.graphImport.importGraph({ doc, external, batchSize: 1 }), ConflictError);

    // argmap import, a file held whole and a file streamed page by page.
    const file = path.join(dir, 'borrowed.json');
    writeFileSync(file, JSON.stringify({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, ...borrowed }));
    for (const batch of [[], ['--batch-size', '1']]) {
      const cli = await argmap('import', file, '--map', B, ...batch);
      assert.equal(cli.code, 1, cli.stderr);
      assert.match(
        cli.stderr,
        /borrowed\.json: 1 id of the document already belong.*map:default \(claim:citizens-cannot-be-deported\).*nothing was imported/,
      );
    }
    assert.deepEqual(await state(), was);
  });

  it('argmap import --map refuses a map that does not exist unless --create-map, and makes it after the checks', async () => {
    const file = path.join(dir, 'third.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: DOCUMENT_FORMAT,
        version: DOCUMENT_VERSION,
        claims: [{ id: 'claim:third-one', text: 'A third debate.', kind: 'VALUE' }],
      }),
    );
    const refused = await argmap('import', file, '--map', 'map:third');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /map:third does not exist: add --create-map/);
    const made = await argmap('import', file, '--map', 'map:third', '--create-map');
    assert.equal(made.code, 0, made.stderr);
    const r = await t.gql<Claims>(CLAIMS_OF, { mapId: 'map:third' });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.equal((await t.gql<Size>(SIZE_OF, { id: 'map:third' })).data?.map?.name, 'third', 'named after its one file');
    assert.deepEqual(
      r.data?.claims.edges.map((e) => e.node.id),
      ['claim:third-one'],
    );

    // Two files for two maps that share an id: refused before anything is written or any map made.
    const shared = { claims: [{ id: 'claim:shared-one', text: 'One claim in two files.', kind: 'VALUE' }] };
    mkdirSync(path.join(dir, 'pair'));
    for (const name of ['fourth', 'fifth'])
      writeFileSync(
        path.join(dir, 'pair', `${name}.json`),
        JSON.stringify({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, ...shared }),
      );
    const pair = await argmap('import', path.join(dir, 'pair'), '--map-per-file');
    assert.equal(pair.code, 1, pair.stderr);
    assert.match(pair.stderr, /fifth\.json and .*fourth\.json both hold "claim:shared-one", but go to map:fifth and map:fourth/);
    for (const id of ['map:fourth', 'map:fifth']) assert.equal((await t.gql<Size>(SIZE_OF, { id })).data?.map, null, id);

    // The seed, already in map:default, cannot go into another map: refused before the map is made.
    const seed = await argmap('seed', '--map', 'map:seed-copy', '--create-map');
    assert.equal(seed.code, 1);
    assert.match(seed.stderr, /already belong to another map: \d+ to map:default/);
    assert.equal((await t.gql<{ map: null }>(`{ map(id: "map:seed-copy") { id } }`)).data?.map, null);
  });

  it('refuses an argument that joins nodes of two maps (BAD_USER_INPUT), naming both maps', async () => {
    const imported = await t.gql(`mutation Import($input: ImportGraphInput!) { importGraph(mapId: "${B}", input: $input) { items } }`, {
      input: second,
    });
    assert.equal(imported.errors, undefined, JSON.stringify(imported.errors));
    const r = await t.gql(
      `mutation { createArgument(mapId: "${B}", input: {
        kind: SUPPORT, premiseIds: ["claim:second-reason", "claim:citizens-cannot-be-deported"], conclusionId: "claim:second-thesis" }) { id } }`,
    );
    assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(r.errors));
    assert.equal(r.errors![0]!.extensions?.field, 'input.premiseIds[1]');
    assert.match(r.errors![0]!.message, /Claim "claim:citizens-cannot-be-deported" belongs to map:default, not map:second/);
    const missing = await t.gql(
      `mutation { createArgument(mapId: "${B}", input: { kind: SUPPORT, premiseIds: ["claim:nowhere"], conclusionId: "claim:second-thesis" }) { id } }`,
    );
    assert.equal(missing.errors?.[0]?.extensions?.code, 'NOT_FOUND', 'a node no map holds is still NOT_FOUND');
  });
});
