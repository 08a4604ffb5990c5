import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createExecutor } from '../../src/db/executor.js';
import type { MapAtRevision } from '../../src/domain/evaluation/snapshot.js';
import { EvaluationCache, EvaluationRepository } from '../../src/repositories/evaluation.js';
import { IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/service.js';

/** A map's content in one canonical form: what evaluation reads, whatever order it came in. */
function canonical(state: MapAtRevision) {
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    revision: state.revision,
    claims: byId(state.map.claims).map((c) => [c.id, state.texts.get(c.id)]),
    arguments: byId(state.map.arguments).map((a) => ({ ...a, premiseIds: [...a.premiseIds] })),
    assertions: byId(state.map.assertions ?? []),
    positions: [...state.positions].map((p) => `${p.claimId} ${p.issueId} ${p.stance}`).sort(),
  };
}

const document = {
  issues: [{ id: 'issue:q', question: 'May it be done?' }],
  actors: [
    { id: 'actor:ann', name: 'Ann', kind: 'PERSON' },
    { id: 'actor:bob', name: 'Bob', kind: 'PERSON' },
  ],
  sources: [{ id: 'source:report', title: 'A report', kind: 'REPORT' }],
  claims: [
    { id: 'claim:p', text: 'It may be done.', kind: 'LEGAL' },
    { id: 'claim:b', text: 'A statute forbids it.', kind: 'LEGAL' },
    { id: 'claim:b2', text: 'The statute applies here.', kind: 'LEGAL' },
    { id: 'claim:c', text: 'It may not be done.', kind: 'LEGAL' },
    { id: 'claim:s', text: 'The constitution forbids it.', kind: 'LEGAL' },
  ],
  arguments: [
    { id: 'argument:b-rebuts-p', kind: 'ATTACK', attackKind: 'REBUT', premiseIds: ['claim:b', 'claim:b2'], conclusionId: 'claim:p' },
    { id: 'argument:s-supports-c', kind: 'SUPPORT', premiseIds: ['claim:s'], conclusionId: 'claim:c' },
  ],
  assertions: [
    { id: 'assertion:ann-p', actorId: 'actor:ann', claimId: 'claim:p', sourceId: 'source:report' },
    { id: 'assertion:bob-b', actorId: 'actor:bob', claimId: 'claim:b' },
  ],
  positions: [
    { claimId: 'claim:p', issueId: 'issue:q', stance: 'PRO' },
    { claimId: 'claim:c', issueId: 'issue:q', stance: 'CON' },
  ],
};

/** Writes of every kind evaluation reads, each one a revision. */
const WRITES = [
  'mutation { createClaim(input: { id: "claim:u", text: "The statute was repealed.", kind: FACTUAL, assertion: { actorId: "actor:bob", sourceId: "source:report" }, positions: [{ issueId: "issue:q", stance: PRO }] }) { id } }',
  'mutation { createArgument(input: { id: "argument:u-undermines-b", kind: ATTACK, attackKind: UNDERMINE, premiseIds: ["claim:u"], conclusionId: "claim:b" }) { id } }',
  'mutation { createArgument(input: { id: "argument:u-undercuts", kind: ATTACK, attackKind: UNDERCUT, premiseIds: ["claim:u"], targetArgumentId: "argument:s-supports-c" }) { id } }',
  'mutation { addAssertion(input: { actorId: "actor:ann", claimId: "claim:s", sourceId: "source:report", quote: "forbidden" }) { id } }',
  'mutation { updateClaim(id: "claim:s", input: { text: "The constitution plainly forbids it." }) { id } }',
  'mutation { setPosition(input: { claimId: "claim:s", issueId: "issue:q", stance: CON }) { stance } }',
  // A premise of a linked argument deleted: the argument keeps its other premise.
  'mutation { deleteClaim(id: "claim:b2") }',
  'mutation { deleteArgument(id: "argument:u-undercuts") }',
  'mutation { createIssue(input: { id: "issue:r", question: "Should it be done?" }) { id } }',
  'mutation { setPosition(input: { claimId: "claim:u", issueId: "issue:r", stance: NEUTRAL }) { stance } }',
  'mutation { deleteClaim(id: "claim:u") }',
];

describe('evaluation keeps the map it read and brings it forward with each write', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
    const r = await t.gql(IMPORT_MUTATION, { input: document });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  });
  after(() => t?.close());

  const fresh = () => new EvaluationRepository(createExecutor(t.service.backend.db.executorOptions), new EvaluationCache());

  it('after every kind of write, holds exactly what reading the whole map again finds, without reading it again', async () => {
    const cache = new EvaluationCache();
    const kept = () => new EvaluationRepository(createExecutor(t.service.backend.db.executorOptions), cache);
    await kept().snapshot();
    const live = cache.live;
    assert.ok(live, 'the first evaluation reads the whole map and keeps it');
    for (const write of WRITES) {
      const r = await t.gql(write);
      assert.equal(r.errors, undefined, `${write}: ${JSON.stringify(r.errors)}`);
      const brought = await kept().snapshot();
      const read = await fresh().snapshot();
      assert.equal(cache.live, live, `${write}: the kept map was brought forward, not read again`);
      assert.deepEqual(canonical(brought.state), canonical(read.state), write);
      const labels = (snapshot: typeof read) => {
        const evaluation = snapshot.evaluate('GROUNDED');
        return snapshot.state.map.claims.map((c) => `${c.id} ${evaluation.statusOf(c.id)?.label}`).sort();
      };
      assert.deepEqual(labels(brought), labels(read), write);
    }
    // The statements did what the test meant: the linked argument lost one premise, the undercut is gone.
    const state = canonical((await kept().snapshot()).state);
    assert.deepEqual(state.arguments.find((a) => a.id === 'argument:b-rebuts-p')?.premiseIds, ['claim:b']);
    assert.equal(
      state.arguments.some((a) => a.id === 'argument:u-undercuts'),
      false,
    );
    assert.ok(state.positions.includes('claim:s issue:q CON'));
  });

  it('reads the whole map again when the database was emptied and filled anew', async () => {
    const cache = new EvaluationCache();
    const kept = () => new EvaluationRepository(createExecutor(t.service.backend.db.executorOptions), cache);
    await kept().snapshot();
    const first = cache.live;
    await t.service.backend.repos.database.deleteEverything();
    const r = await t.gql(IMPORT_MUTATION, { input: document });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const after = await kept().snapshot();
    assert.notEqual(cache.live, first);
    assert.deepEqual(canonical(after.state), canonical((await fresh().snapshot()).state));
  });
});
