// The rules of reviewing a proposal (src/domain/proposals.ts), on records made here: which items an
// accept or reject may name, how an edited item is read, and the bounds of a text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConflictError, InvalidInputError, NotFoundError } from '../../src/domain/errors.js';
import {
  checkTextInput,
  checkTextLength,
  parseItemId,
  planAcceptance,
  planRejection,
  proposalStatus,
  PROPOSAL_TEXT_MAX,
  type ProposalItemRecord,
  type ProposalRecord,
} from '../../src/domain/proposals.js';

const ID = 'proposal:0abc123def';
const item = (n: number, over: Partial<ProposalItemRecord> = {}): ProposalItemRecord => ({
  id: `${ID}#${n}`,
  start: n * 10,
  end: n * 10 + 5,
  quote: `quote ${n}`,
  speaker: { actorId: null, name: `Speaker ${n}`, description: null, kind: 'PERSON', confidence: 0.9 },
  claimText: `Claim ${n}.`,
  kind: 'FACTUAL',
  matches: [],
  status: 'PENDING',
  assertionId: null,
  claimId: null,
  actorId: null,
  ...over,
});
const proposal = (items: ProposalItemRecord[]): ProposalRecord => ({
  __typename: 'Proposal',
  id: ID,
  mapId: 'map:default',
  createdAt: '2025-05-12T10:00:00.000Z',
  author: null,
  text: 'x'.repeat(100),
  format: 'PLAIN',
  sourceId: null,
  newSource: null,
  items,
  links: [],
  status: proposalStatus(items),
  version: 1,
});

const invalidAt = (field: string) => (e: unknown) => e instanceof InvalidInputError && e.field === field;

describe('reviewing a proposal', () => {
  const p = proposal([item(1), item(2), item(3, { status: 'ACCEPTED', claimId: 'claim:three' }), item(4, { status: 'REJECTED' })]);

  it('reads an item as proposed, or as edited', () => {
    const [asProposed, edited] = planAcceptance(p, [
      { id: `${ID}#1` },
      { id: ` ${ID}#2 `, speaker: { name: '  Maria Lopez ', kind: 'GOVERNMENT' }, claimText: ' Edited. ', kind: 'POLICY' },
    ]);
    assert.deepEqual(asProposed!.speaker, { actorId: null, name: 'Speaker 1', description: null, kind: 'PERSON' });
    assert.deepEqual(asProposed!.claim, { claimId: null, text: 'Claim 1.', kind: 'FACTUAL' });
    assert.deepEqual(edited!.speaker, { actorId: null, name: 'Maria Lopez', description: null, kind: 'GOVERNMENT' });
    assert.deepEqual(edited!.claim, { claimId: null, text: 'Edited.', kind: 'POLICY' });
    const [picked] = planAcceptance(p, [{ id: `${ID}#1`, sameAsClaimId: 'claim:existing', speaker: { actorId: 'actor:a' } }]);
    assert.equal(picked!.claim.claimId, 'claim:existing');
    assert.equal(picked!.speaker.actorId, 'actor:a');
  });

  it('links to a claim, to an item accepted with it, or to one accepted before; never to a pending one or itself', () => {
    const [a, b] = planAcceptance(p, [
      { id: `${ID}#1`, links: [{ kind: 'ATTACK', itemId: `${ID}#3` }] },
      {
        id: `${ID}#2`,
        links: [
          { kind: 'SUPPORT', itemId: `${ID}#1` },
          { kind: 'ATTACK', attackKind: 'UNDERMINE', claimId: 'claim:x' },
        ],
      },
    ]);
    assert.deepEqual(
      a!.links.map((l) => [l.kind, l.itemId, l.attackKind]),
      [['ATTACK', `${ID}#3`, null]],
    );
    assert.deepEqual(
      b!.links.map((l) => [l.kind, l.itemId ?? l.claimId, l.attackKind]),
      [
        ['SUPPORT', `${ID}#1`, null],
        ['ATTACK', 'claim:x', 'UNDERMINE'],
      ],
    );
    assert.throws(() => planAcceptance(p, [{ id: `${ID}#1`, links: [{ kind: 'SUPPORT', itemId: `${ID}#2` }] }]), /not accepted/);
    assert.throws(() => planAcceptance(p, [{ id: `${ID}#1`, links: [{ kind: 'SUPPORT', itemId: `${ID}#1` }] }]), /itself/);
    assert.throws(() => planAcceptance(p, [{ id: `${ID}#1`, links: [{ kind: 'SUPPORT' }] }]), /exactly one target/);
    assert.throws(
      () => planAcceptance(p, [{ id: `${ID}#1`, links: [{ kind: 'SUPPORT', attackKind: 'REBUT', claimId: 'claim:x' }] }]),
      /only for ATTACK/,
    );
    assert.throws(
      () => planAcceptance(p, [{ id: `${ID}#1`, sameAsClaimId: 'claim:x', links: [{ kind: 'ATTACK', claimId: 'claim:x' }] }]),
      /cannot attack itself/,
    );
  });

  it('refuses items of another proposal, unknown ones, ones reviewed before, and the same one twice', () => {
    assert.throws(() => planAcceptance(p, [{ id: 'proposal:0other1234#1' }]), invalidAt('items[0].id'));
    assert.throws(
      () => planAcceptance(p, [{ id: `${ID}#9` }]),
      (e) => e instanceof NotFoundError && e.field === 'items[0].id',
    );
    assert.throws(
      () => planAcceptance(p, [{ id: `${ID}#3` }]),
      (e) => e instanceof ConflictError && /accepted already/.test(e.message),
    );
    assert.throws(
      () => planAcceptance(p, [{ id: `${ID}#4` }]),
      (e) => e instanceof ConflictError && /rejected already/.test(e.message),
    );
    assert.throws(() => planAcceptance(p, [{ id: `${ID}#1` }, { id: `${ID}#1` }]), invalidAt('items[1].id'));
    assert.throws(() => planAcceptance(p, [{ id: 'claim:x' }]), invalidAt('items[0].id'));
    assert.throws(() => planAcceptance(p, []), invalidAt('items'));
    assert.throws(
      () => planAcceptance(p, [{ id: `${ID}#1`, speaker: { actorId: 'actor:a', name: 'B' } }]),
      invalidAt('items[0].speaker.actorId'),
    );
    assert.throws(() => planAcceptance(p, [{ id: `${ID}#1`, claimText: '   ' }]), invalidAt('items[0].claimText'));
    assert.throws(() => planRejection(p, [`${ID}#2`, 'proposal:0other1234#2']), invalidAt('ids[1]'));
    assert.deepEqual(
      planRejection(p, [`${ID}#2`]).map((i) => i.id),
      [`${ID}#2`],
    );
  });

  it('is PENDING while an item is, then ACCEPTED when one was, else REJECTED', () => {
    assert.equal(proposalStatus([item(1), item(2, { status: 'ACCEPTED' })]), 'PENDING');
    assert.equal(proposalStatus([item(1, { status: 'REJECTED' }), item(2, { status: 'ACCEPTED' })]), 'ACCEPTED');
    assert.equal(proposalStatus([item(1, { status: 'REJECTED' })]), 'REJECTED');
    assert.equal(proposalStatus([]), 'REJECTED');
    assert.deepEqual(parseItemId(`${ID}#12`), { proposalId: ID, number: 12 });
    assert.equal(parseItemId(`${ID}#0`), null);
  });

  it('bounds the text: not empty, not binary, at most 200,000 characters', () => {
    assert.doesNotThrow(() => checkTextInput('Tabs\tand\r\nlines\fpass.', 'input.text'));
    assert.throws(() => checkTextInput('PK\u0003\u0004', 'input.text'), /binary content \(U\+0003 at character 2\)/);
    assert.throws(() => checkTextInput('a\u0000b', 'input.text'), invalidAt('input.text'));
    assert.throws(() => checkTextLength(' \n ', 'input.text'), /empty/);
    assert.doesNotThrow(() => checkTextLength('a'.repeat(PROPOSAL_TEXT_MAX), 'input.text'));
    assert.throws(() => checkTextLength('a'.repeat(PROPOSAL_TEXT_MAX + 1), 'input.text'), /200,001 characters long; at most 200,000/);
  });
});
