import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EXPORT_FORMATS, renderExport } from '../../src/interchange/formats.js';
import { asInput, IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/service.js';

describe('export', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService({ seed: true });
  });
  after(() => t?.close());

  it('json round-trips through importGraph: export, wipe, import, export again gives the same document', async () => {
    const first = await t.service.backend.repos.graphExport.exportGraph();
    assert.ok(first && first.claims.length > 50);
    const counts = await t.service.backend.repos.database.counts();
    await t.service.backend.repos.database.deleteEverything();
    const r = await t.gql(IMPORT_MUTATION, { input: asInput(first as never) });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.deepEqual(await t.service.backend.repos.database.counts(), counts);
    assert.deepEqual(await t.service.backend.repos.graphExport.exportGraph(), first);
  });

  it('a neighbourhood exports as a document that imports on its own', async () => {
    const part = await t.service.backend.repos.graphExport.exportGraph({ rootId: 'claim:citizens-cannot-be-deported', depth: 2 });
    assert.ok(part && part.claims.some((c) => c.id === 'claim:citizens-cannot-be-deported'));
    const all = await t.service.backend.repos.graphExport.exportGraph();
    assert.ok(part.claims.length < all!.claims.length);
    const other = await (await import('../support/service.js')).startTestService({ wipe: false });
    try {
      await other.service.backend.repos.database.deleteEverything();
      const r = await other.gql(IMPORT_MUTATION, { input: asInput(part as never) });
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    } finally {
      await other.close();
      await t.service.backend.repos.database.deleteEverything();
      await t.gql(IMPORT_MUTATION, { input: asInput(all as never) });
    }
  });

  it('downloads over HTTP in every format, and refuses bad parameters', async () => {
    for (const [format, type, pattern] of [
      ['json', 'application/json', /"format": "argmap-graph"/],
      ['aif', 'application/json', /"type": "RA"/],
      ['dot', 'text/vnd.graphviz', /^digraph argmap/],
      ['graphml', 'application/graphml+xml', /<graphml /],
      ['cytoscape', 'application/json', /"elements"/],
    ] as const) {
      const response = await fetch(`${t.url}/export?format=${format}&root=claim:citizens-cannot-be-deported&depth=1`);
      assert.equal(response.status, 200, format);
      assert.ok(response.headers.get('content-type')?.startsWith(type), `${format}: ${response.headers.get('content-type')}`);
      assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="argmap-claim-citizens-cannot-be-deported\./);
      assert.match(await response.text(), pattern);
    }
    // The whole map in every format: streamed (json, dot, graphml, cytoscape) or built, the bytes of the whole document's rendering.
    const whole = await t.service.backend.repos.graphExport.exportGraph();
    for (const format of EXPORT_FORMATS) {
      const response = await fetch(`${t.url}/export?format=${format}`);
      assert.equal(response.status, 200, format);
      const rendered = renderExport(whole!, format);
      assert.equal(response.headers.get('content-type'), rendered.contentType, format);
      assert.match(
        response.headers.get('content-disposition') ?? '',
        new RegExp(`filename="argmap\\.${rendered.extension.replace('.', '\\.')}"`),
      );
      assert.equal(await response.text(), rendered.body, format);
    }
    assert.equal((await fetch(`${t.url}/export?format=pdf`)).status, 400);
    assert.equal((await fetch(`${t.url}/export?root=claim:nope`)).status, 404);
    assert.equal((await fetch(`${t.url}/export?root=claim:x&depth=9`)).status, 400);
  });
});
