import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { loadPersistedDocuments } from '../../src/api/graphql/persisted-operations.js';
import { persistedHash } from '../../web/src/api.js';
import * as curation from '../../web/src/operations-curation.js';
import * as operations from '../../web/src/operations.js';
import { asInput, debateFixture, IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/service.js';

interface Answer {
  status: number;
  data?: { claim?: { id: string; text: string } | null } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(t: TestService, body: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const byHash = (sha256Hash: string, variables: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash } },
});

describe('persisted operations: the explorer sends sha256 hashes of its typed documents', () => {
  let open: TestService;
  let persistedOnly: TestService;
  const documents = loadPersistedDocuments();
  const claimHash = persistedHash(operations.CLAIM);

  before(async () => {
    open = await startTestService();
    const imported = await open.gql(IMPORT_MUTATION, { input: asInput(debateFixture()) });
    assert.equal(imported.errors, undefined, JSON.stringify(imported.errors));
    persistedOnly = await startTestService({ wipe: false, env: { ARGMAP_PERSISTED_ONLY: 'true' } });
  });
  after(async () => {
    await persistedOnly?.close();
    await open?.close();
  });

  it('the allow-list holds every operation of web/src/operations.ts and operations-curation.ts, each under the sha256 of its text', () => {
    const exported = [...Object.values(operations), ...Object.values(curation)].map((document) => persistedHash(document));
    assert.deepEqual([...documents.keys()].sort(), [...exported].sort());
    for (const [hash, document] of documents) assert.equal(createHash('sha256').update(document).digest('hex'), hash);
  });

  it('runs an operation named by its hash, whether or not only persisted operations are allowed', async () => {
    for (const t of [open, persistedOnly]) {
      const r = await post(t, byHash(claimHash, { id: 'claim:c001' }));
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.equal(r.data?.claim?.id, 'claim:c001');
    }
  });

  it('with ARGMAP_PERSISTED_ONLY=true refuses operations sent as text, even allowed ones, and unknown hashes', async () => {
    const text = documents.get(claimHash)!;
    const refused = await post(persistedOnly, { query: text, variables: { id: 'claim:c001' } });
    assert.ok(refused.errors?.length, JSON.stringify(refused));
    assert.equal(refused.errors[0]!.message, 'PersistedQueryOnly');
    assert.equal(refused.data ?? null, null);

    const unknown = await post(persistedOnly, byHash('0'.repeat(64), {}));
    assert.equal(unknown.errors?.[0]?.message, 'PersistedQueryNotFound', 'the message Apollo and yoga clients recognise');

    // Without the switch, text runs as before.
    const accepted = await post(open, { query: text, variables: { id: 'claim:c001' } });
    assert.equal(accepted.data?.claim?.id, 'claim:c001');
  });
});
