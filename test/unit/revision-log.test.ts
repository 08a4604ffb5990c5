import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idsIn, idsUnder } from '../../src/db/revision-log.js';
import { byLabel, findDocuments } from '../../src/db/statements/revision.js';
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

  it('groups ids by the label their prefix names, leaving out what is no id', () => {
    const grouped = byLabel(['claim:a', 'argument:b', 'claim:c', 'Claim:d', 'issue:e']);
    assert.deepEqual(grouped.Claim, ['claim:a', 'claim:c']);
    assert.deepEqual(grouped.Argument, ['argument:b']);
    assert.deepEqual(grouped.Issue, ['issue:e']);
    assert.deepEqual(grouped.Actor, []);
  });

  it('reads a document from its tuples, a datetime back into the ISO text the log keeps', () => {
    const row = findDocuments.row.parse({
      id: 'claim:a',
      label: 'Claim',
      props: [
        ['createdAt', 'ZONED DATETIME NOT NULL', Date.UTC(2025, 3, 9, 12, 30, 1, 250)],
        ['text', 'STRING NOT NULL', 'A claim'],
      ],
      out: [['PREMISE', 'argument:b', [['position', 'INTEGER NOT NULL', 0]]]],
    });
    assert.deepEqual(row.props, [
      { key: 'createdAt', type: 'ZONED DATETIME NOT NULL', value: '2025-04-09T12:30:01.250Z' },
      { key: 'text', type: 'STRING NOT NULL', value: 'A claim' },
    ]);
    assert.deepEqual(row.out, [{ type: 'PREMISE', to: 'argument:b', props: [{ key: 'position', type: 'INTEGER NOT NULL', value: 0 }] }]);
  });

  it('reads revision ids', () => {
    assert.equal(revisionNumberOf('revision:42'), 42);
    assert.equal(revisionNumberOf('revision:x'), null);
    assert.equal(revisionNumberOf('claim:42'), null);
  });
});
