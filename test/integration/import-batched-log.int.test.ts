import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateDebate } from '../../src/cli/generate.js';
import type { GraphDocument } from '../../src/domain/graph-document.js';
import { startTestService, type TestService } from '../support/service.js';

const page = { size: 50, after: null, before: null, fromEnd: false };

describe('a batched import writes each claim with all it points at', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
  });
  after(async () => {
    await t?.close();
  });

  const repos = () => t.service.backend.repos;
  const exported = async () => JSON.stringify(await repos().graphExport.exportGraph());
  const fresh = async () => {
    await repos().database.deleteEverything();
    await repos().database.migrate();
  };
  /** How many revisions changed each claim. */
  const revisionsOf = async (ids: readonly string[]) =>
    (await repos().revisions.listRevisionsByNodeIds({ ids, page })).map((p) => p.items.length);

  it('a fresh import logs each claim once and leaves the map one transaction leaves', async () => {
    const doc = generateDebate({ claims: 300, seed: 11 });
    await fresh();
    await repos().graphImport.importGraph({ doc, external: [], batchSize: 100 });
    const batched = await exported();
    const claimIds = doc.claims.map((c) => c.id);
    const premised = new Set(doc.arguments.flatMap((a) => a.premiseIds));
    const cited = new Set(doc.citations.map((c) => c.claimId));
    // Claims that are premises and cite provisions were logged three or four times when links went in steps of their own.
    const linked = claimIds.filter((id) => premised.has(id) && cited.has(id));
    assert.ok(linked.length > 20, `${linked.length} claims with premise links and citations`);
    assert.deepEqual(new Set(await revisionsOf(claimIds)), new Set([1]));

    await fresh();
    await repos().graphImport.importGraph({ doc, external: [] });
    assert.equal(await exported(), batched);
  });

  it('links from stored claims and premise links the document drops are written and logged as one transaction writes them', async () => {
    const first = generateDebate({ claims: 200, seed: 12 });
    const changed = first.arguments.find((a) => a.premiseIds.length >= 2)!;
    const [dropped, ...kept] = changed.premiseIds as [string, ...string[]];
    // The second document names `dropped` without holding it (a stored claim), and no longer lists it as a premise.
    const second: GraphDocument = {
      ...first,
      claims: first.claims.filter((c) => c.id !== dropped),
      arguments: first.arguments.map((a) => (a.id === changed.id ? { ...a, premiseIds: kept } : a)),
    };
    const external = [{ id: dropped, label: 'Claim' as const, field: 'premiseIds' }];
    const run = async (batchSize?: number) => {
      await fresh();
      await repos().graphImport.importGraph({ doc: first, external: [], batchSize: 80 });
      const before = await revisionsOf([dropped]);
      await repos().graphImport.importGraph({ doc: second, external, ...(batchSize ? { batchSize } : {}) });
      return { map: await exported(), before: before[0]!, after: (await revisionsOf([dropped]))[0]! };
    };
    const batched = await run(80);
    const whole = await run();
    assert.equal(batched.map, whole.map);
    const premisesOf = (map: string) => (JSON.parse(map) as GraphDocument).arguments.find((a) => a.id === changed.id)!.premiseIds;
    assert.deepEqual(premisesOf(batched.map), kept);
    // Losing its premise link changed the stored claim: one more revision in its history, as in one transaction.
    assert.equal(batched.after, batched.before + 1);
    assert.equal(whole.after, whole.before + 1);
  });
});
