import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LiveMap, type MapChanges, type MapItems } from '../../src/domain/evaluation/live-map.js';

const items: MapItems = {
  claims: [
    ['claim:a', 'A.'],
    ['claim:b', 'B.'],
    ['claim:c', 'C.'],
  ],
  arguments: [
    ['argument:ab-c', 'SUPPORT', null, ['claim:a', 'claim:b'], 'claim:c', null],
    ['argument:b-a', 'ATTACK', 'REBUT', ['claim:b'], 'claim:a', null],
  ],
  assertions: [['assertion:1', 'actor:x', null, 'claim:a', null]],
  positions: [
    ['claim:c', 'issue:q', 'PRO'],
    ['claim:a', 'issue:q', 'CON'],
  ],
};

const none: MapChanges = { changed: [], issueChanged: false, claims: [], arguments: [], assertions: [], positions: [] };
const byId = <T extends { id: string }>(list: readonly T[]) => Object.fromEntries(list.map((x) => [x.id, x]));

describe('LiveMap: the map evaluation keeps between revisions', () => {
  it('holds what it was read with, as a snapshot state of its own', () => {
    const live = new LiveMap('e1', 7, items);
    const state = live.state('e1:7');
    assert.equal(state.revision, 7);
    assert.equal(live.size, 6);
    assert.deepEqual(
      state.map.claims.map((c) => c.id),
      ['claim:a', 'claim:b', 'claim:c'],
    );
    assert.deepEqual(byId(state.map.arguments)['argument:ab-c']?.premiseIds, ['claim:a', 'claim:b']);
    assert.equal(state.texts.get('claim:b'), 'B.');
    assert.equal(state.positions.length, 2);
  });

  it('applies changed, new and deleted items, and leaves earlier states as they were', () => {
    const live = new LiveMap('e1', 7, items);
    const before = live.state('e1:7');
    live.apply(9, {
      ...none,
      // claim:b deleted (its attack went with it); claim:c's text changed; claim:d new with its assertion and position.
      changed: ['claim:b', 'argument:b-a', 'claim:c', 'claim:d', 'assertion:2'],
      claims: [
        ['claim:c', 'C, restated.'],
        ['claim:d', 'D.'],
      ],
      arguments: [['argument:ab-c', 'SUPPORT', null, ['claim:a'], 'claim:c', null]],
      assertions: [['assertion:2', 'actor:y', 'source:s', 'claim:d', null]],
      positions: [['claim:d', 'issue:q', 'NEUTRAL']],
    });
    const after = live.state('e1:9');
    assert.equal(after.revision, 9);
    assert.deepEqual(after.map.claims.map((c) => c.id).sort(), ['claim:a', 'claim:c', 'claim:d']);
    assert.deepEqual(Object.keys(byId(after.map.arguments)), ['argument:ab-c']);
    assert.equal(after.texts.get('claim:c'), 'C, restated.');
    assert.deepEqual(after.map.assertions?.map((a) => a.id).sort(), ['assertion:1', 'assertion:2']);
    // claim:c changed and has no position in the changes: its PRO is gone; claim:a's CON stays.
    assert.deepEqual(after.positions.map((p) => `${p.claimId} ${p.stance}`).sort(), ['claim:a CON', 'claim:d NEUTRAL']);
    // The earlier state is untouched.
    assert.equal(before.map.claims.length, 3);
    assert.deepEqual(byId(before.map.arguments)['argument:ab-c']?.premiseIds, ['claim:a', 'claim:b']);
  });

  it('drops a changed claim from the premises of an argument not read again', () => {
    const live = new LiveMap('e1', 1, items);
    // claim:b changed and is no longer a premise of argument:ab-c (the change would have brought it along otherwise).
    live.apply(2, { ...none, changed: ['claim:b'], claims: [['claim:b', 'B.']] });
    const args = byId(live.state('e1:2').map.arguments);
    assert.deepEqual(args['argument:ab-c']?.premiseIds, ['claim:a']);
    assert.deepEqual(args['argument:b-a']?.premiseIds, []);
  });

  it('takes every position afresh when an issue changed', () => {
    const live = new LiveMap('e1', 1, items);
    live.apply(2, { ...none, issueChanged: true, positions: [['claim:c', 'issue:q', 'CON']] });
    assert.deepEqual(
      live.state('e1:2').positions.map((p) => `${p.claimId} ${p.stance}`),
      ['claim:c CON'],
    );
  });
});
