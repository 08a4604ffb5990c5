import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Context } from '../../src/api/graphql/context.js';
import { GRAPHIQL_ASSET_PATH, GRAPHIQL_CSP } from '../../src/api/graphql/graphiql.js';
import { createArgmapYoga } from '../../src/api/graphql/yoga.js';

const schema = makeExecutableSchema({ typeDefs: 'type Query { ping: String }', resolvers: { Query: { ping: () => 'pong' } } });
const yogaWith = (graphiql: boolean) =>
  createArgmapYoga({ schema, context: () => ({ stats: { roundTrips: 0 } }) as unknown as Context, graphiql, logError: () => {} });
const html = { accept: 'text/html' };

describe('GraphiQL served from the service', () => {
  const yoga = yogaWith(true);
  const get = (path: string, init: RequestInit = {}) => yoga.fetch(`http://localhost${path}`, init);

  it('the page has a strict CSP, is not cached, runs no inline script and names nothing on another origin', async () => {
    const page = await get('/graphql', { headers: html });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), GRAPHIQL_CSP);
    assert.match(GRAPHIQL_CSP, /script-src 'self';/);
    assert.doesNotMatch(GRAPHIQL_CSP, /script-src[^;]*unsafe/);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    const body = await page.text();
    assert.doesNotMatch(body, /https?:\/\//, 'no URL of another origin');
    const scripts = [...body.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    assert.ok(scripts.length >= 4);
    for (const attributes of scripts) assert.match(attributes, /src="|type="application\/json"/, `<script${attributes}>`);
    // Example queries travel as data, escaped so that no `</script>` can end the element early.
    assert.match(body, /"defaultQuery":"# Who asserted/);
    assert.doesNotMatch(body.slice(body.indexOf('graphiql-options')), /<\/script>[^<]*<\/script>/);
  });

  it('its files are named by content hash, served with their types and cached as immutable; GET and HEAD only', async () => {
    const body = await (await get('/graphql', { headers: html })).text();
    const files = [...body.matchAll(new RegExp(`(?:src|href)="${GRAPHIQL_ASSET_PATH}([^"]+)"`, 'g'))].map((m) => m[1]!);
    const workers = Object.values(JSON.parse(/id="graphiql-workers">([^<]*)</.exec(body)![1]!) as Record<string, string>);
    assert.equal(workers.length, 3, 'Monaco editor, JSON and GraphQL workers');
    for (const url of workers) files.push(url.slice(GRAPHIQL_ASSET_PATH.length));
    assert.deepEqual(files.map((f) => f.replace(/-[0-9A-F]{8}\./, '-HASH.')).sort(), [
      'editor.worker-HASH.js',
      'favicon-HASH.ico',
      'graphiql-HASH.css',
      'graphiql-HASH.js',
      'graphiql-boot-HASH.js',
      'graphql.worker-HASH.js',
      'json.worker-HASH.js',
    ]);
    for (const file of files) {
      const response = await get(`${GRAPHIQL_ASSET_PATH}${file}`);
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      const type = file.endsWith('.css') ? /^text\/css/ : file.endsWith('.ico') ? /^image\// : /^text\/javascript/;
      assert.match(response.headers.get('content-type') ?? '', type, file);
      const bytes = (await response.arrayBuffer()).byteLength;
      assert.ok(bytes > 0);
      assert.equal(Number(response.headers.get('content-length')), bytes);
    }
    const script = files.find((f) => /^graphiql-[0-9A-F]{8}\.js$/.test(f))!;
    const head = await get(`${GRAPHIQL_ASSET_PATH}${script}`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal((await head.arrayBuffer()).byteLength, 0);
    for (const bad of ['nope.js', 'graphiql-00000000.js', '..%2f..%2fpackage.json', '']) {
      const response = await get(`${GRAPHIQL_ASSET_PATH}${bad}`);
      assert.equal(response.status, 404, bad);
      await response.arrayBuffer();
    }
    const post = await get(`${GRAPHIQL_ASSET_PATH}${script}`, { method: 'POST' });
    assert.notEqual(post.status, 200);
    await post.arrayBuffer();
  });

  it('with GraphiQL off, neither the page nor its files are served, and GraphQL answers without a CSP', async () => {
    const off = yogaWith(false);
    const body = await (await get('/graphql', { headers: html })).text();
    const file = new RegExp(`src="${GRAPHIQL_ASSET_PATH}([^"]+)"`).exec(body)![1]!;
    const page = await off.fetch('http://localhost/graphql', { headers: html });
    assert.doesNotMatch(await page.text(), /graphiql-options/);
    const asset = await off.fetch(`http://localhost${GRAPHIQL_ASSET_PATH}${file}`);
    assert.equal(asset.status, 404);
    await asset.arrayBuffer();
    const answer = await off.fetch('http://localhost/graphql?query={ping}', { headers: { accept: 'application/json' } });
    assert.deepEqual(((await answer.json()) as { data: unknown }).data, { ping: 'pong' });
    assert.equal(answer.headers.get('content-security-policy'), null);
  });
});
