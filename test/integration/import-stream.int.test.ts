import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { generateDebate } from '../../src/cli/generate.js';
import { REPO_ROOT } from '../../src/config.js';
import { COLLECTIONS, DOCUMENT_FORMAT, DOCUMENT_VERSION, documentSize, type GraphDocument } from '../../src/domain/graph-document.js';
import { startTestService, type TestService } from '../support/service.js';
import { expectedPages } from '../support/import-pages.js';

const run = promisify(execFile);

/** `argmap import FILE --batch-size N` as a process of its own, against the test database. */
async function argmapImport(file: string, batchSize: number): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'import', file, '--batch-size', String(batchSize)],
      { cwd: REPO_ROOT, env: process.env, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? String(error) };
  }
}

/** The document as a file, its lists in the given order. */
function writeDocument(file: string, doc: GraphDocument, order: readonly (keyof GraphDocument)[] = COLLECTIONS) {
  const body = Object.fromEntries(order.map((key) => [key, doc[key]]));
  writeFileSync(file, JSON.stringify({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, ...body }, null, 2));
}

const sorted = (doc: GraphDocument) =>
  Object.fromEntries(COLLECTIONS.map((key) => [key, [...(doc[key] as object[])].map((item) => JSON.stringify(item)).sort()]));

describe('argmap import streams a file larger than the batch size', () => {
  let t: TestService;
  let dir: string;
  const BATCH = 250;
  const doc = generateDebate({ claims: 400, seed: 11 });
  // Replies to assertions several pages further on (the third pass links them).
  for (let i = 0; i < 10; i += 1) doc.assertions[i]!.previousIds = [doc.assertions[i + 2 * BATCH]!.id];
  before(async () => {
    t = await startTestService();
    dir = mkdtempSync(path.join(tmpdir(), 'argmap-stream-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it('imports every item in several batches, even with every reference pointing further down the file', async () => {
    assert.ok(documentSize(doc) > 4 * BATCH, `${documentSize(doc)} items`);
    const file = path.join(dir, 'reversed.json');
    // Lists in reverse order: assertions before the claims and actors they name, and so on.
    writeDocument(file, doc, [...COLLECTIONS].reverse());
    const { repos } = t.service.backend;
    await repos.database.deleteEverything();
    const { code, stderr } = await argmapImport(file, BATCH);
    assert.equal(code, 0, stderr);
    assert.match(stderr, new RegExp(`Imported 1 maps \\(${documentSize(doc)} items\\)`));
    assert.match(stderr, new RegExp(`${doc.claims.length} claims, ${doc.arguments.length} arguments, ${doc.assertions.length} assertions`));
    const batches = stderr.split('\n').filter((line) => /^ {2}(nodes|links|replies) \w+: \d+\/\d+$/.test(line));
    // Every page of the nodes, links and replies phases, in the file's (reversed) order.
    assert.deepEqual(
      batches,
      expectedPages(doc, BATCH, [...COLLECTIONS].reverse(), ['nodes', 'links', 'replies']).map(
        (p) => `  ${p.phase} ${p.key}: ${p.done}/${doc[p.key].length}`,
      ),
    );
    const streamed = (await repos.graphExport.exportGraph())!;
    const counts = await repos.database.counts();
    for (const key of COLLECTIONS) assert.equal(streamed[key].length, doc[key].length, key);

    // The same as the whole document in one transaction: every node, property and link.
    await repos.database.deleteEverything();
    await repos.graphImport.importGraph({ doc, external: [] });
    assert.deepEqual(sorted(streamed), sorted((await repos.graphExport.exportGraph())!));
    assert.deepEqual(await repos.database.counts(), counts);

    // Importing it again changes nothing.
    const again = await argmapImport(file, BATCH);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /0 nodes and 0 relationships created/);
  });

  it('refuses a bad item near the end of the file before writing anything, naming it', async () => {
    const { repos } = t.service.backend;
    await repos.database.deleteEverything();
    const last = doc.positions.length - 1;
    const bad = structuredClone(doc);
    (bad.positions[last] as { stance: string }).stance = 'SIDEWAYS';
    const file = path.join(dir, 'bad-stance.json');
    writeDocument(file, bad);
    const { code, stderr } = await argmapImport(file, BATCH);
    assert.equal(code, 1, stderr);
    assert.match(
      stderr,
      new RegExp(`bad-stance\\.json is not a valid graph document:\\n {2}input\\.positions\\.${last}\\.stance: .*SIDEWAYS`),
    );
    assert.deepEqual(await repos.database.counts(), { nodes: 0, relationships: 0 });
  });

  it('refuses an item near the end that names a node neither the file nor the database holds', async () => {
    const { repos } = t.service.backend;
    await repos.database.deleteEverything();
    const bad = structuredClone(doc);
    const last = bad.assertions.length - 1;
    bad.assertions[last] = { ...bad.assertions[last]!, claimId: 'claim:nowhere', argumentId: null };
    const file = path.join(dir, 'bad-reference.json');
    writeDocument(file, bad);
    const { code, stderr } = await argmapImport(file, BATCH);
    assert.equal(code, 1, stderr);
    assert.match(stderr, /bad-reference\.json: .*claim:nowhere/);
    assert.deepEqual(await repos.database.counts(), { nodes: 0, relationships: 0 });
  });

  it('refuses a duplicate id near the end, and a truncated file, before writing anything', async () => {
    const { repos } = t.service.backend;
    await repos.database.deleteEverything();
    const bad = structuredClone(doc);
    bad.positions = [];
    bad.citations = [];
    bad.assertions.push({ ...bad.assertions[0]! });
    const file = path.join(dir, 'duplicate.json');
    writeDocument(file, bad);
    const duplicate = await argmapImport(file, BATCH);
    assert.equal(duplicate.code, 1, duplicate.stderr);
    assert.match(
      duplicate.stderr,
      new RegExp(`input\\.assertions\\[${bad.assertions.length - 1}\\]\\.id: "${bad.assertions[0]!.id}" appears twice in the document`),
    );

    const truncated = path.join(dir, 'truncated.json');
    const text = JSON.stringify({ format: DOCUMENT_FORMAT, ...doc }, null, 2);
    writeFileSync(truncated, text.slice(0, text.length - 200));
    const cut = await argmapImport(truncated, BATCH);
    assert.equal(cut.code, 1, cut.stderr);
    assert.match(
      cut.stderr,
      /truncated\.json: is not valid JSON \(it ends before the document does\) at byte \d+ \(line \d+, column \d+\)/,
    );
    assert.deepEqual(await repos.database.counts(), { nodes: 0, relationships: 0 });
  });
});
