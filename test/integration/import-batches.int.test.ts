import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateDebate } from '../../src/cli/generate.js';
import type { GraphWriter } from '../../src/cli/import-file.js';
import { IMPORT_BATCH_DEFAULT, importMaps } from '../../src/cli/import-maps.js';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, documentSize, type Collection } from '../../src/domain/graph-document.js';
import { expectedPages } from '../support/import-pages.js';
import { startTestService, type TestService } from '../support/service.js';

describe('argmap import batches a large document by default', () => {
  let t: TestService;
  let dir: string;
  before(async () => {
    t = await startTestService();
    dir = mkdtempSync(path.join(tmpdir(), 'argmap-import-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  const importFile = async (claims: number) => {
    const doc = generateDebate({ claims, seed: 5 });
    const file = path.join(dir, `debate-${claims}.json`);
    writeFileSync(file, JSON.stringify({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, ...doc }));
    const { repos, schema } = t.service.backend;
    await repos.database.deleteEverything();
    const transactions: (number | undefined)[] = [];
    const pages: string[] = [];
    const batches: string[] = [];
    const graphImport: GraphWriter = {
      importGraph: (input) => {
        transactions.push(input.batchSize);
        return repos.graphImport.importGraph(input);
      },
      importPage: (input) => {
        pages.push(`${input.phase} ${input.key} ${input.items.length}`);
        return repos.graphImport.importPage(input);
      },
      importUndercuts: (input) => {
        pages.push(`undercuts arguments ${input.items.length}`);
        return repos.graphImport.importUndercuts(input);
      },
      requireStored: (input) => repos.graphImport.requireStored(input),
      findForeignIds: (input) => repos.graphImport.findForeignIds(input),
    };
    const report = await importMaps({
      paths: [file],
      format: 'json',
      sourceName: 'generated',
      sourcePerMap: false,
      sourceKind: 'REPORT',
      schema,
      graphImport,
      onBatch: (p) => batches.push(`${p.step} ${p.done}/${p.total}`),
    });
    const exported = (await repos.graphExport.exportGraph())!;
    return { doc, report, transactions, pages, batches, exported };
  };

  it('a document larger than the batch size is streamed and goes in batches, with every item', async () => {
    const { doc, report, transactions, pages, batches, exported } = await importFile(1200);
    assert.ok(documentSize(doc) > IMPORT_BATCH_DEFAULT, `${documentSize(doc)} items`);
    assert.deepEqual(transactions, []);
    // The file's lists in the order it holds them, each in pages of at most the default batch size.
    const order = Object.keys(doc) as Collection[];
    assert.deepEqual(
      pages,
      expectedPages(doc, IMPORT_BATCH_DEFAULT, order).map((p) => `${p.phase} ${p.key} ${p.items}`),
    );
    assert.equal(batches.length, pages.length);
    assert.equal(report.items, documentSize(doc));
    assert.equal(exported.claims.length, doc.claims.length);
    assert.equal(exported.arguments.length, doc.arguments.length);
    assert.equal(exported.assertions.length, doc.assertions.length);
    assert.equal(exported.citations.length, doc.citations.length);
  });

  it('a smaller one goes in one transaction, all or nothing', async () => {
    const { doc, transactions, pages, batches, exported } = await importFile(300);
    assert.ok(documentSize(doc) <= IMPORT_BATCH_DEFAULT);
    assert.deepEqual(transactions, [undefined]);
    assert.deepEqual(pages, []);
    assert.deepEqual(batches, []);
    assert.equal(exported.claims.length, doc.claims.length);
  });
});
