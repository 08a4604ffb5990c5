import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idsIn, idsUnder } from '../../src/db/revision-log.js';
import { relatedTo, revisionNumberOf } from '../../src/domain/revisions.js';

describe('revision log', () => {
  it('finds every node id a statement names, at any depth, and nothing that only looks like one', () => {
    const ids = idsIn({
      id: 'claim:a',
      rows: [
        { premiseIds: ['claim:b', 'claim:c'], conclusionId: 'argument:x' },
        { actorId: 'actor:y', quote: 'claim: not an id' },
      ],
      text: 'claim:a is mentioned in prose',
      limit: 5,
    });
    assert.deepEqual([...ids].sort(), ['actor:y', 'argument:x', 'claim:a', 'claim:b', 'claim:c']);
  });

  it('finds the ids a statement declares it writes, under the keys named only', () => {
    const params = {
      rows: [
        { id: 'argument:a', premiseIds: ['claim:b', 'claim:c'], conclusionId: 'claim:d' },
        { id: 'argument:e', premiseIds: ['claim:f'], conclusionId: null, nested: { id: 'argument:g' } },
      ],
    };
    assert.deepEqual([...idsUnder(params, ['premiseIds'])].sort(), ['claim:b', 'claim:c', 'claim:f']);
    assert.deepEqual([...idsUnder(params, ['id'])].sort(), ['argument:a', 'argument:e', 'argument:g']);
    assert.deepEqual([...idsUnder({ rows: [{ claimId: 'not an id' }] }, ['claimId'])], []);
  });

  it('relates a change to the ends of its relationships, before and after', () => {
    const doc = (out: string[]) => JSON.stringify({ label: 'Assertion', props: [], out: out.map((to) => ({ type: 'OF', to, props: [] })) });
    assert.deepEqual(
      relatedTo([
        { before: null, after: doc(['claim:a']) },
        { before: doc(['claim:b']), after: null },
      ]).sort(),
      ['claim:a', 'claim:b'],
    );
  });

  it('reads revision ids', () => {
    assert.equal(revisionNumberOf('revision:42'), 42);
    assert.equal(revisionNumberOf('revision:x'), null);
    assert.equal(revisionNumberOf('claim:42'), null);
  });
});
