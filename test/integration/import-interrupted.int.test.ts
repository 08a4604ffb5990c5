// An import stopped after any of its transactions leaves a map every reader may see: no argument
// without its premises or its conclusion, no link to a node that is not there.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importMaps } from '../../src/cli/import-maps.js';
import type { GraphWriter } from '../../src/cli/import-file.js';
import { generateDebate } from '../../src/cli/generate.js';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, documentSize, type GraphDocument } from '../../src/domain/graph-document.js';
import { startTestService, type TestService } from '../support/service.js';

class Stopped extends Error {
  constructor() {
    super('the import was stopped here');
  }
}

/** Every problem a reader could see in an exported map. */
function brokenParts(doc: GraphDocument): string[] {
  const claims = new Set(doc.claims.map((c) => c.id));
  const args = new Set(doc.arguments.map((a) => a.id));
  const problems: string[] = [];
  for (const a of doc.arguments) {
    if (a.premiseIds.length === 0) problems.push(`${a.id} has no premise`);
    if (!a.conclusionId && !a.targetArgumentId) problems.push(`${a.id} has no conclusion`);
    for (const p of a.premiseIds) if (!claims.has(p)) problems.push(`${a.id}: premise ${p} missing`);
    if (a.conclusionId && !claims.has(a.conclusionId)) problems.push(`${a.id}: conclusion ${a.conclusionId} missing`);
    if (a.targetArgumentId && !args.has(a.targetArgumentId)) problems.push(`${a.id}: target ${a.targetArgumentId} missing`);
  }
  return problems;
}

/** A map as text, its lists in one order whatever order they were written in. */
const sorted = (doc: GraphDocument) =>
  JSON.stringify(
    Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, Array.isArray(v) ? v.map((item) => JSON.stringify(item)).sort() : v])),
  );

describe('an interrupted import never shows a broken map', () => {
  let t: TestService;
  let dir: string;
  before(async () => {
    t = await startTestService();
    dir = mkdtempSync(path.join(tmpdir(), 'argmap-interrupted-'));
  });
  after(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const repos = () => t.service.backend.repos;
  const exported = async () => (await repos().graphExport.exportGraph())!;
  const fresh = async () => {
    await repos().database.deleteEverything();
    await repos().database.migrate();
  };

  it('a batched import stopped after any transaction leaves every argument whole, and running it again completes it', async () => {
    const doc = generateDebate({ claims: 90, seed: 21 });
    assert.ok(
      doc.arguments.some((a) => a.targetArgumentId),
      'the map has undercuts',
    );
    await fresh();
    await repos().graphImport.importGraph({ doc, external: [] });
    const whole = sorted(await exported());

    let transactions = 0;
    await fresh();
    await repos().graphImport.importGraph({ doc, external: [], batchSize: 25, onProgress: () => (transactions += 1) });
    assert.ok(transactions > 8, `${transactions} transactions`);
    for (let stop = 1; stop < transactions; stop += 1) {
      await fresh();
      let seen = 0;
      await assert.rejects(
        repos().graphImport.importGraph({
          doc,
          external: [],
          batchSize: 25,
          onProgress: () => {
            seen += 1;
            if (seen === stop) throw new Stopped();
          },
        }),
        Stopped,
      );
      const partial = await exported();
      assert.deepEqual(brokenParts(partial), [], `stopped after transaction ${stop}`);
      await repos().graphImport.importGraph({ doc, external: [], batchSize: 25 });
      assert.equal(sorted(await exported()), whole, `completed after a stop at ${stop}`);
    }
  });

  it('a file written page by page, stopped after any page, leaves every argument whole', async () => {
    const doc = generateDebate({ claims: 150, seed: 22 });
    const file = path.join(dir, 'debate.json');
    // Arguments before the claims they name, undercuts before the arguments they attack.
    const reversed: GraphDocument = { ...doc, arguments: [...doc.arguments].reverse() };
    writeFileSync(file, JSON.stringify({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, ...reversed }));
    const { schema } = t.service.backend;
    const writer = (stopAt: number): GraphWriter & { calls: number } => {
      const w = {
        calls: 0,
        tick() {
          w.calls += 1;
          if (w.calls === stopAt) throw new Stopped();
        },
        importGraph: (input: Parameters<GraphWriter['importGraph']>[0]) => repos().graphImport.importGraph(input),
        importPage: async (input: Parameters<GraphWriter['importPage']>[0]) => {
          const written = await repos().graphImport.importPage(input);
          w.tick();
          return written;
        },
        importUndercuts: async (input: Parameters<GraphWriter['importUndercuts']>[0]) => {
          const written = await repos().graphImport.importUndercuts(input);
          w.tick();
          return written;
        },
        requireStored: (input: Parameters<GraphWriter['requireStored']>[0]) => repos().graphImport.requireStored(input),
        findForeignIds: (input: Parameters<GraphWriter['findForeignIds']>[0]) => repos().graphImport.findForeignIds(input),
      };
      return w;
    };
    const run = (graphImport: GraphWriter) =>
      importMaps({
        paths: [file],
        format: 'json',
        sourceName: 'generated',
        sourcePerMap: false,
        sourceKind: 'REPORT',
        schema,
        graphImport,
        batchSize: 40,
      });
    await fresh();
    const counting = writer(0);
    await run(counting);
    const whole = sorted(await exported());
    assert.ok(documentSize(doc) > 40 * 10 && counting.calls > 10, `${counting.calls} pages`);
    for (let stop = 1; stop < counting.calls; stop += 1) {
      await fresh();
      await assert.rejects(run(writer(stop)), /the import was stopped here/);
      assert.deepEqual(brokenParts(await exported()), [], `stopped after page ${stop}`);
    }
    await run(writer(0));
    assert.equal(sorted(await exported()), whole);
  });
});
