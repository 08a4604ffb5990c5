import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { startTestService, TEST_API_KEY, type TestService } from '../support/service.js';
import { AUDIENCE, ISSUER } from '../support/jwks.js';

const JWT_SECRET = 'a-shared-secret-of-at-least-32-bytes!!';
/** A user's token signed with the shared secret (HS256), as a frontend's identity provider would issue it. */
const userToken = (sub: string) =>
  new SignJWT({ name: sub })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(sub)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));

const OTHER_KEY = 'other-key-0123456789';
const CREATE = `mutation ($text: String!) { createClaim(input: { text: $text, kind: POLICY }) { id } }`;
const COUNT = `{ claims { totalCount } }`;
const GRAPH = `query ($root: ID!) { argumentGraph(rootId: $root, depth: 1) { nodes { id } } }`;

describe('rate limits per key and per address', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService({
      apiKeys: [`tester:${TEST_API_KEY}:write`, `other:${OTHER_KEY}:write`],
      env: {
        ARGMAP_RATE_WRITES: '3',
        ARGMAP_RATE_HEAVY: '2',
        ARGMAP_RATE_WINDOW: '60',
        ARGMAP_JWT_SECRET: JWT_SECRET,
        ARGMAP_JWT_ISSUER: ISSUER,
        ARGMAP_JWT_AUDIENCE: AUDIENCE,
      },
    });
  });
  after(() => t?.close());

  it('refuses the writes of a key over its budget with 429 and Retry-After, changing nothing; another key still writes', async () => {
    for (let i = 0; i < 3; i += 1) {
      const r = await t.gql(CREATE, { text: `Rate limited claim ${i}` });
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    }
    const count = async () => (await t.gql<{ claims: { totalCount: number } }>(COUNT)).data!.claims.totalCount as number;
    const before = await count();
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
      body: JSON.stringify({ query: CREATE, variables: { text: 'One claim too many' } }),
    });
    assert.equal(response.status, 429);
    const retryAfter = Number(response.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    assert.equal(body.errors[0]!.extensions.code, 'TOO_MANY_REQUESTS');
    assert.equal(body.errors[0]!.extensions.retryAfter, retryAfter);
    assert.match(body.errors[0]!.message, /Too many writes from this key: at most 3 every 60 s/);
    assert.equal(await count(), before, 'the refused write changed nothing');

    const other = await t.gql(CREATE, { text: 'A claim by the other key' }, OTHER_KEY);
    assert.equal(other.errors, undefined, 'each key has its own budget');
    assert.equal(await count(), before + 1);
  });

  it('counts the writes of each user as it counts a key’s', async () => {
    const [ann, ben] = [await userToken('ann'), await userToken('ben')];
    const mapId = (await t.gql<{ createMap: { id: string } }>(`mutation { createMap(input: { name: "Ann's map" }) { id } }`, {}, ann)).data!
      .createMap.id;
    const write = (token: string, text: string) =>
      t.gql(
        `mutation ($m: ID, $text: String!) { createClaim(mapId: $m, input: { text: $text, kind: POLICY }) { id } }`,
        { m: mapId, text },
        token,
      );
    for (const text of ['Ann writes once', 'Ann writes twice']) assert.equal((await write(ann, text)).errors, undefined);
    const over = await write(ann, 'Ann writes too often');
    assert.equal(over.status, 429);
    assert.match(over.errors![0]!.message, /Too many writes from this user: at most 3 every 60 s/);
    const other = await t.gql(`mutation { createMap(input: { name: "Ben's map" }) { id } }`, {}, ben);
    assert.equal(other.errors, undefined, 'each user has their own budget');
  });

  it('counts heavy reads (argumentGraph, evaluation, exports) together per address, and leaves other reads alone', async () => {
    const root = (await t.gql<{ createClaim: { id: string } }>(CREATE, { text: 'A root' }, OTHER_KEY)).data!.createClaim.id;
    const first = await t.gql(GRAPH, { root }, null);
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    const second = await fetch(`${t.url}/export`);
    assert.equal(second.status, 200);
    await second.arrayBuffer();
    const third = await t.gql(GRAPH, { root }, null);
    assert.equal(third.status, 429);
    assert.equal(third.errors?.[0]?.extensions?.code, 'TOO_MANY_REQUESTS');
    assert.match(third.errors![0]!.message, /Too many heavy reads from this address: at most 2 every 60 s/);
    const fourth = await fetch(`${t.url}/export`);
    assert.equal(fourth.status, 429);
    assert.match(fourth.headers.get('retry-after') ?? '', /^[1-9][0-9]*$/);
    assert.match(((await fourth.json()) as { error: string }).error, /heavy reads/);
    const evaluation = await t.gql('{ evaluation { revision } }', {}, null);
    assert.equal(evaluation.errors?.[0]?.extensions?.code, 'TOO_MANY_REQUESTS');
    // A key is counted apart from the address it comes from.
    const keyed = await t.gql(GRAPH, { root }, OTHER_KEY);
    assert.equal(keyed.errors, undefined, JSON.stringify(keyed.errors));
    const light = await t.gql(`query ($id: ID!) { claim(id: $id) { text } }`, { id: root }, null);
    assert.equal(light.errors, undefined, 'reads that are not heavy are not limited');
  });
});
