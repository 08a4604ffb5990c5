import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// The executor's retry is decided on the driver's own errors: this test of src/db builds them.
// eslint-disable-next-line no-restricted-imports
import { Neo4jError, type Session } from 'neo4j-driver';
import { readAutoCommit } from '../../src/db/executor.js';

/** A session whose run answers from a script: an error to throw or rows to return, one per call. */
function scripted(answers: (Error | string)[]) {
  const calls: string[] = [];
  const session = {
    run: (text: string) => {
      calls.push(text);
      const next = answers.shift();
      if (next === undefined) throw new Error('no more answers');
      return next instanceof Error ? Promise.reject(next) : Promise.resolve({ records: [next] });
    },
  } as unknown as Session;
  return { session, calls };
}

const config = { timeout: 1000, metadata: { app: 'argmap', query: 'test' } };

describe('a read as one auto-commit statement', () => {
  it('is tried again after a transient failure, and answers what the next try read', async () => {
    const { session, calls } = scripted([
      new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', 'gql', 'desc'),
      'row',
    ]);
    const result = await readAutoCommit(session, 'RETURN 1', {}, config);
    assert.deepEqual(result.records, ['row']);
    assert.equal(calls.length, 2);
  });

  it('is not tried again after a failure no retry cures (a client error, memory)', async () => {
    for (const code of ['Neo.ClientError.Statement.SyntaxError', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError']) {
      const { session, calls } = scripted([new Neo4jError('no', code, 'gql', 'desc'), 'row']);
      await assert.rejects(readAutoCommit(session, 'RETURN 1', {}, config), (error: Neo4jError) => error.code === code);
      assert.equal(calls.length, 1, code);
    }
  });

  it('gives up after a few transient failures in a row', async () => {
    const transient = () => new Neo4jError('gone', 'ServiceUnavailable', 'gql', 'desc');
    const { session, calls } = scripted([transient(), transient(), transient(), transient(), 'row']);
    await assert.rejects(readAutoCommit(session, 'RETURN 1', {}, config), (error: Neo4jError) => error.code === 'ServiceUnavailable');
    assert.equal(calls.length, 4);
  });
});
