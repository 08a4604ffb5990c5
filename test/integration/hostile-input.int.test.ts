import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { IMPORT_MUTATION, asInput, debateFixture } from '../support/fixtures.js';
import { startTestService, TEST_API_KEY, type TestService } from '../support/service.js';
import { seededRandom } from '../../src/cli/generate.js';

/** Percent-encodes, sending a lone surrogate as the raw bytes a browser would refuse to make. */
const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
};

const NASTY = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) CALL db.labels() //',
  '$where',
  '\u0000\u0001\u0002',
  '\ud800',
  '🦀'.repeat(300),
  'a'.repeat(5_001),
  '../../etc/passwd',
  'claim:' + 'x'.repeat(200),
  'claim:ok-id',
  '<script>alert(1)</script>',
  '{{claim c}}',
  '%00%ff',
  '',
  ' ',
  'null',
];

const OPERATIONS = [
  (s: string) => ({ query: `{ claim(id: ${JSON.stringify(s)}) { id text } }` }),
  (s: string) => ({ query: `{ search(text: ${JSON.stringify(s)}) { score } }` }),
  (s: string) => ({ query: `{ claims(where: { textContains: ${JSON.stringify(s)} }) { totalCount } }` }),
  (s: string) => ({ query: `{ claims(first: 5, after: ${JSON.stringify(s)}) { totalCount } }` }),
  (s: string) => ({ query: `{ argumentGraph(rootId: ${JSON.stringify(s)}, depth: 2) { nodes { id } } }` }),
  (s: string) => ({ query: `{ evaluation(scenario: { excludeIds: [${JSON.stringify(s)}] }) { revision } }` }),
  (s: string) => ({
    query: `mutation { createClaim(input: { id: ${JSON.stringify(s)}, text: ${JSON.stringify(s)}, kind: LEGAL }) { id } }`,
  }),
  (s: string) => ({ query: `mutation { deleteClaim(id: ${JSON.stringify(s)}) }` }),
  (s: string) => ({
    query: `mutation($i: CreateArgumentInput!) { createArgument(input: $i) { id } }`,
    variables: { i: { kind: 'ATTACK', premiseIds: [s], conclusionId: s } },
  }),
  (s: string) => ({ query: s }),
  (s: string) => ({ query: `{ claim(id: "claim:c001") { text } }`, variables: s }),
  (s: string) => ({ query: `query Q { __typename }`, operationName: s }),
];

describe('hostile input', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
    const r = await t.gql(IMPORT_MUTATION, { input: asInput(debateFixture(20)) });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  });
  after(() => t?.close());

  it('an import refuses what the mutations refuse, a PART_OF cycle through stored provisions and PRO with CON included, and changes nothing', async () => {
    const importing = (doc: Record<string, unknown>) => t.gql(IMPORT_MUTATION, { input: asInput(doc) });
    const stored = {
      provisions: [
        { id: 'provision:cycle-top', name: 'Top', kind: 'CONSTITUTION' },
        { id: 'provision:cycle-part', name: 'Part', kind: 'ARTICLE', partOfId: 'provision:cycle-top' },
      ],
    };
    assert.equal((await importing(stored)).errors, undefined);
    const before = await t.service.backend.repos.database.counts();
    const revision = (await t.gql<{ currentRevision: number }>('{ currentRevision }')).data!.currentRevision;
    // The top, stored as the part's parent, made part of its own part.
    const closing = await importing({
      provisions: [{ id: 'provision:cycle-top', name: 'Top', kind: 'CONSTITUTION', partOfId: 'provision:cycle-part' }],
    });
    assert.equal(closing.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(closing.errors));
    assert.match(closing.errors![0]!.message, /"provision:cycle-(top|part)" would be part of itself/);
    const both = await importing({
      issues: [{ id: 'issue:one-way', question: 'One way?' }],
      claims: [{ id: 'claim:one-way', text: 'One way', kind: 'VALUE' }],
      positions: [
        { claimId: 'claim:one-way', issueId: 'issue:one-way', stance: 'PRO' },
        { claimId: 'claim:one-way', issueId: 'issue:one-way', stance: 'CON' },
      ],
    });
    assert.equal(both.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(both.errors?.[0]?.extensions?.field, 'input.positions[1].stance');
    assert.deepEqual(await t.service.backend.repos.database.counts(), before);
    assert.equal((await t.gql<{ currentRevision: number }>('{ currentRevision }')).data!.currentRevision, revision);
  });

  it('a few thousand malformed requests get no 5xx and change nothing', async () => {
    const next = seededRandom(20261201);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const before = await t.service.backend.repos.database.counts();
    const failures: string[] = [];
    const send = async (i: number) => {
      const kind = next();
      let init: RequestInit;
      let path = '/graphql';
      if (kind < 0.6) {
        const body = pick(OPERATIONS)(pick(NASTY) + (next() < 0.3 ? pick(NASTY) : ''));
        init = {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(next() < 0.3 ? { authorization: `Bearer ${TEST_API_KEY}` } : {}) },
          body: JSON.stringify(body),
        };
        // Writes with a key may create a claim with a valid id: those are sent without one.
        if (String(body.query).startsWith('mutation')) init.headers = { 'content-type': 'application/json' };
      } else if (kind < 0.75) {
        const text = pick(['{', '{"query":', '[]', 'null', '"x"', '{"query": 1}', '\u0000', pick(NASTY)]);
        init = {
          method: 'POST',
          headers: { 'content-type': pick(['application/json', 'text/plain', 'application/graphql', 'multipart/form-data']) },
          body: text,
        };
      } else if (kind < 0.9) {
        const q = encode(pick(NASTY));
        path = pick([
          `/graphql?query=${q}`,
          `/graphql?query={__typename}&variables=${q}`,
          `/export?format=${q}`,
          `/export?root=${q}`,
          `/${q}`,
          `/graphql/${q}`,
        ]);
        init = { method: pick(['GET', 'HEAD', 'DELETE', 'PUT', 'OPTIONS']) };
      } else {
        init = {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ ${'claims { totalCount } '.repeat(1 + Math.floor(next() * 200))} }` }),
        };
      }
      const response = await fetch(`${t.url}${path}`, init);
      await response.arrayBuffer();
      if (response.status >= 500) failures.push(`#${i} ${init.method} ${path} ${String(init.body).slice(0, 120)} -> ${response.status}`);
    };
    for (let i = 0; i < 2000; i += 8) await Promise.all(Array.from({ length: 8 }, (_, k) => send(i + k)));
    assert.deepEqual(failures, []);
    assert.deepEqual(await t.service.backend.repos.database.counts(), before);
  });
});
