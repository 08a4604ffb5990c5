import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startTestService, type TestService } from '../support/service.js';

/** Sends raw bytes and returns the raw response head (status line and headers). */
function raw(url: string, request: string): Promise<{ status: number; headers: [string, string][] }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = ''] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: lines.map((line) => {
          const i = line.indexOf(':');
          return [line.slice(0, i).toLowerCase(), line.slice(i + 1).trim()];
        }),
      });
    });
  });
}
const named = (headers: [string, string][], name: string) => headers.filter(([key]) => key === name).map(([, value]) => value);

describe('HTTP protocol faults get a 4xx, never a 500', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
  });
  after(() => t?.close());

  it('a malformed Host header', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/']) {
      const r = await raw(t.url, `GET ${path} HTTP/1.1\r\nHost: exa mple:99999\r\nConnection: close\r\n\r\n`);
      assert.equal(r.status, 200, path);
    }
  });

  it('GET with variables or extensions that are not JSON', async () => {
    for (const name of ['variables', 'extensions']) {
      const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}&${name}=%7Bnot-json`);
      assert.equal(response.status, 400);
      const body = (await response.json()) as { errors: { extensions: { code: string; field: string } }[] };
      assert.deepEqual(body.errors[0]?.extensions, { code: 'BAD_USER_INPUT', field: name });
    }
  });

  it('OPTIONS without Origin, and multipart/mixed, send one Content-Length and no chunked encoding beside it', async () => {
    const options = await raw(t.url, `OPTIONS /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    assert.equal(options.status, 204);
    assert.deepEqual(named(options.headers, 'content-length'), ['0'], JSON.stringify(options.headers));
    assert.deepEqual(named(options.headers, 'transfer-encoding'), []);
    const body = JSON.stringify({ query: '{ __typename }' });
    const multipart = await raw(
      t.url,
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nAccept: multipart/mixed\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    assert.equal(multipart.status, 200);
    assert.equal(named(multipart.headers, 'content-length').length, 1);
    assert.deepEqual(named(multipart.headers, 'transfer-encoding'), []);
  });

  it('CORS allows any origin without credentials by default', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    assert.ok(response.headers.get('access-control-allow-origin'), 'a cross-origin read is allowed');
    assert.notEqual(response.headers.get('access-control-allow-credentials'), 'true', 'but never with credentials');
  });
});

describe('a production deployment', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService({ env: { NODE_ENV: 'production', ARGMAP_CORS_ORIGINS: 'https://maps.example.org' } });
  });
  after(() => t?.close());

  it('allows only the listed origins, with credentials', async () => {
    const ask = (origin: string) =>
      fetch(`${t.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const listed = await ask('https://maps.example.org');
    assert.equal(listed.headers.get('access-control-allow-origin'), 'https://maps.example.org');
    assert.equal(listed.headers.get('access-control-allow-credentials'), 'true');
    const other = await ask('https://elsewhere.example');
    assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://elsewhere.example');
    assert.notEqual(other.headers.get('access-control-allow-origin'), '*');
  });

  it('refuses introspection and suggests no field names', async () => {
    const introspection = await t.gql('{ __schema { types { name } } }', {}, null);
    assert.ok(introspection.errors?.length, 'introspection is refused');
    const typo = await t.gql('{ claimz { totalCount } }', {}, null);
    assert.ok(typo.errors?.length);
    assert.doesNotMatch(JSON.stringify(typo.errors), /Did you mean/);
    // Nor enum values, written in the query or passed as a variable.
    const literal = await t.gql('{ claims(where: { kind: LEGL }) { totalCount } }', {}, null);
    assert.equal(literal.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    const variable = await t.gql('query($k: ClaimKind) { claims(where: { kind: $k }) { totalCount } }', { k: 'LEGL' }, null);
    assert.equal(variable.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    for (const answer of [literal, variable]) assert.doesNotMatch(JSON.stringify(answer.errors), /Did you mean|LEGAL/);
  });

  it('answers every error with a code of the catalog and no internal detail', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const expect = async (response: Response, status: number, code: string) => {
      const text = await response.text();
      assert.equal(response.status, status, text);
      const body = JSON.parse(text) as { errors?: { extensions?: Record<string, unknown> }[]; code?: string };
      assert.equal(body.errors?.[0]?.extensions?.code ?? body.code, code, text);
      assert.doesNotMatch(text, /originalError|stack|SyntaxError|at [a-zA-Z.]+ \(/);
    };
    await expect(await post('{"query":'), 400, 'BAD_REQUEST');
    await expect(await post('{"query":""}'), 400, 'BAD_REQUEST');
    await expect(await post(JSON.stringify({ query: 'query A { currentRevision } query B { currentRevision }' })), 400, 'BAD_REQUEST');
    await expect(
      await post(JSON.stringify({ query: 'query($n: Int) { claims(first: $n) { totalCount } }', variables: { n: 'x' } })),
      400,
      'BAD_USER_INPUT',
    );
    await expect(await post('{"query":"{ currentRevision }"}', { 'content-type': 'text/plain' }), 415, 'BAD_REQUEST');
    await expect(await post('{"query":"{ currentRevision }"}', { accept: 'image/png' }), 406, 'BAD_REQUEST');
    await expect(
      await post(
        JSON.stringify({ query: `{ claims(where: { kind: ${'['.repeat(100_000)}LEGAL${']'.repeat(100_000)} }) { totalCount } }` }),
      ),
      400,
      'QUERY_TOO_COMPLEX',
    );
    await expect(
      await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } })),
      200,
      'PERSISTED_QUERY_NOT_FOUND',
    );
    await expect(await fetch(`${t.url}/graphql`, { headers: { 'x-big': 'a'.repeat(70_000) } }), 431, 'BAD_REQUEST');
    await expect(await fetch(`${t.url}/export?format=json&asOf=2025-02-30T00:00:00Z`), 400, 'BAD_USER_INPUT');
    await expect(await fetch(`${t.url}/nothing-here`), 404, 'NOT_FOUND');
    // What Node's parser and the WebSocket library would answer without a code.
    const socket = async (request: string) => {
      const { hostname, port } = new URL(t.url);
      const answer = await new Promise<string>((resolve, reject) => {
        const s = connect(Number(port), hostname, () => s.write(request));
        let data = '';
        s.on('data', (chunk) => (data += chunk.toString('latin1')));
        s.on('error', reject);
        s.on('close', () => resolve(data));
      });
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      assert.match(head, /^HTTP\/1\.1 400 /, answer);
      assert.equal((JSON.parse(body) as { code: string }).code, 'BAD_REQUEST', answer);
    };
    await socket('GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n');
    const upgrade = (path: string, key: string, extra = '') =>
      `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`;
    await socket(upgrade('/graphql', 'x'));
    await socket(upgrade('/export', 'dGhlIHNhbXBsZSBub25jZQ=='));
    await socket(
      'GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n',
    );
  });
});

describe('concurrent writes', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
  });
  after(() => t?.close());

  it('50 parallel createClaim with the same text all succeed, each with its own generated id', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.gql<{ createClaim: { id: string } }>('mutation { createClaim(input: { text: "Same words", kind: LEGAL }) { id } }'),
      ),
    );
    const errors = results.flatMap((r) => r.errors ?? []);
    assert.deepEqual(errors, []);
    const ids = results.map((r) => r.data!.createClaim.id);
    assert.equal(new Set(ids).size, 50);
    assert.ok(ids.every((id) => id.startsWith('claim:same-words')));
  });

  it('a client-chosen id taken concurrently: exactly one wins, the others get CONFLICT on input.id', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.gql('mutation { createClaim(input: { id: "claim:mine", text: "Mine", kind: LEGAL }) { id } }')),
    );
    assert.equal(results.filter((r) => !r.errors).length, 1);
    for (const r of results.filter((r) => r.errors)) {
      assert.equal(r.errors?.[0]?.extensions?.code, 'CONFLICT');
      assert.equal(r.errors?.[0]?.extensions?.field, 'input.id');
    }
  });
});
