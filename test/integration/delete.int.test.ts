import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const claimIds = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'].map((k) => `claim:${k}`);

/** Every shape a claim can have: alone, one premise of a linked argument, the conclusion of an argument with an undercut chain. */
const document = {
  issues: [{ id: 'issue:q', question: 'May it be done?' }],
  actors: [{ id: 'actor:p', name: 'P', kind: 'PERSON' }],
  sources: [{ id: 'source:s', title: 'S', kind: 'NEWS' }],
  provisions: [{ id: 'provision:v', name: 'V', kind: 'STATUTE' }],
  claims: claimIds.map((id) => ({ id, text: `Claim ${id}`, kind: 'LEGAL' })),
  arguments: [
    { id: 'argument:linked', kind: 'SUPPORT', premiseIds: ['claim:k2', 'claim:k3'], conclusionId: 'claim:k4' },
    { id: 'argument:main', kind: 'SUPPORT', premiseIds: ['claim:k5'], conclusionId: 'claim:k6' },
    { id: 'argument:u1', kind: 'ATTACK', premiseIds: ['claim:k7'], targetArgumentId: 'argument:main' },
    { id: 'argument:u2', kind: 'ATTACK', premiseIds: ['claim:k8'], targetArgumentId: 'argument:u1' },
  ],
  assertions: claimIds.map((id, i) => ({ id: `assertion:a${i + 1}`, actorId: 'actor:p', claimId: id, sourceId: 'source:s' })),
};

describe('deleteClaim, for every shape of claim', () => {
  let t: TestService;
  const counts = () => t.service.backend.repos.database.counts();
  const remove = async (id: string) => {
    const before = await counts();
    const r = await t.gql<Data>('mutation ($id: ID!) { deleteClaim(id: $id) }', { id });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.equal(r.data!.deleteClaim, id);
    const left = await counts();
    return { nodes: before.nodes - left.nodes, relationships: before.relationships - left.relationships };
  };
  const exists = async (ids: string[]) =>
    ((await t.gql<Data>('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })).data!.nodes as (Data | null)[]).map(
      (n) => n !== null,
    );

  before(async () => {
    t = await startTestService();
    const r = await t.gql(IMPORT_MUTATION, { input: document });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  });
  after(() => t?.close());

  it('a claim just created, with an assertion, a citation and a position, and no argument', async () => {
    const before = await counts();
    const created = await t.gql<Data>(`mutation {
      createClaim(input: { text: "A new claim", kind: FACTUAL, assertion: { actorId: "actor:p", sourceId: "source:s", quote: "q" },
        citations: [{ provisionId: "provision:v", role: CONTEXT }], positions: [{ issueId: "issue:q", stance: PRO }] }) { id }
    }`);
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    assert.deepEqual(await remove(created.data!.createClaim.id), { nodes: 2, relationships: 5 });
    assert.deepEqual(await counts(), before);
  });

  it('a claim of the map in no argument', async () => {
    assert.deepEqual(await remove('claim:k9'), { nodes: 2, relationships: 3 });
  });

  it('one premise of a linked argument: the argument stays with its other premise', async () => {
    assert.deepEqual(await remove('claim:k2'), { nodes: 2, relationships: 4 });
    const left = await t.gql<Data>('{ argument(id: "argument:linked") { premises { id } conclusion { id } } }');
    assert.deepEqual(left.data!.argument, { premises: [{ id: 'claim:k3' }], conclusion: { id: 'claim:k4' } });
  });

  it('the conclusion of an argument under a chain of undercuts: the argument and the chain go, their premises stay', async () => {
    assert.deepEqual(await remove('claim:k6'), { nodes: 5, relationships: 9 });
    assert.deepEqual(await exists(['argument:main', 'argument:u1', 'argument:u2', 'claim:k5', 'claim:k7', 'claim:k8']), [
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('a claim that is gone is NOT_FOUND, and nothing changes', async () => {
    const before = await counts();
    const r = await t.gql('mutation { deleteClaim(id: "claim:k9") }');
    assert.equal(r.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal(r.errors?.[0]?.extensions?.field, 'id');
    assert.deepEqual(await counts(), before);
  });
});
