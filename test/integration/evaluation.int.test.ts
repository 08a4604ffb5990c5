import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A small map with a known answer: `claim:p` (PRO) is attacked by `claim:b`, which Bob asserted;
 * `claim:c` (CON) is supported by `claim:s`. Grounded: b IN, p OUT, s IN, c IN, so CON.
 */
const document = {
  issues: [{ id: 'issue:q', question: 'May it be done?' }],
  actors: [
    { id: 'actor:ann', name: 'Ann', kind: 'PERSON' },
    { id: 'actor:bob', name: 'Bob', kind: 'PERSON' },
  ],
  claims: [
    { id: 'claim:p', text: 'It may be done.', kind: 'LEGAL' },
    { id: 'claim:b', text: 'A statute forbids it.', kind: 'LEGAL' },
    { id: 'claim:c', text: 'It may not be done.', kind: 'LEGAL' },
    { id: 'claim:s', text: 'The constitution forbids it.', kind: 'LEGAL' },
  ],
  arguments: [
    { id: 'argument:b-rebuts-p', kind: 'ATTACK', attackKind: 'REBUT', premiseIds: ['claim:b'], conclusionId: 'claim:p' },
    { id: 'argument:s-supports-c', kind: 'SUPPORT', premiseIds: ['claim:s'], conclusionId: 'claim:c' },
  ],
  assertions: [
    { id: 'assertion:ann-p', actorId: 'actor:ann', claimId: 'claim:p' },
    { id: 'assertion:bob-b', actorId: 'actor:bob', claimId: 'claim:b' },
    { id: 'assertion:ann-s', actorId: 'actor:ann', claimId: 'claim:s' },
  ],
  positions: [
    { claimId: 'claim:p', issueId: 'issue:q', stance: 'PRO' },
    { claimId: 'claim:c', issueId: 'issue:q', stance: 'CON' },
  ],
};

const STATUS = `query ($scenario: ScenarioInput, $semantics: Semantics) {
  p: claim(id: "claim:p") { status(semantics: $semantics, scenario: $scenario) { label credulous sceptical excluded } strength(scenario: $scenario)
    explanation(semantics: $semantics, scenario: $scenario) { label sentences defeatedBy } }
  b: claim(id: "claim:b") { status(semantics: $semantics, scenario: $scenario) { label excluded } }
  c: claim(id: "claim:c") { status(semantics: $semantics, scenario: $scenario) { label } }
  issue(id: "issue:q") { verdict(scenario: $scenario) { semantics answer positions { position { claim { id } stance } status { label } } } }
}`;

describe('evaluation through the API, over the live map', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
    const r = await t.gql(IMPORT_MUTATION, { input: document });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  });
  after(() => t?.close());

  it('labels claims, explains them and answers the issue under every semantics', async () => {
    const r = await t.gql<Data>(STATUS, {}, null);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.deepEqual(r.data!.p.status, { label: 'OUT', credulous: false, sceptical: false, excluded: false });
    assert.equal(r.data!.b.status.label, 'IN');
    assert.equal(r.data!.c.status.label, 'IN');
    assert.deepEqual(r.data!.p.explanation.defeatedBy, ['argument:b-rebuts-p']);
    assert.match(r.data!.p.explanation.sentences.join(' '), /A statute forbids it/);
    assert.equal(r.data!.p.strength, 0.4, 'p, defeated, is weakened below 0.5');
    assert.deepEqual(
      r.data!.issue.verdict.map((v: Data) => [v.semantics, v.answer]),
      [
        ['GROUNDED', 'CON'],
        ['COMPLETE', 'CON'],
        ['PREFERRED', 'CON'],
        ['STABLE', 'CON'],
      ],
    );
  });

  it('answers a what-if without changing the map: without Bob, the PRO position stands too', async () => {
    const without = await t.gql<Data>(STATUS, { scenario: { excludeActorIds: ['actor:bob'] } }, null);
    assert.equal(without.errors, undefined, JSON.stringify(without.errors));
    assert.deepEqual(without.data!.b.status, { label: 'OUT', excluded: true });
    assert.equal(without.data!.p.status.label, 'IN');
    assert.equal(without.data!.issue.verdict[0].answer, 'CONTESTED');
    const stored = await t.gql<Data>(STATUS, {}, null);
    assert.equal(stored.data!.p.status.label, 'OUT');
  });

  it('reflects every committed write at once', async () => {
    const before = await t.gql<Data>('{ evaluation { revision counts { in out undec } } }', {}, null);
    const created = await t.gql(`mutation {
      createClaim(input: { id: "claim:u", text: "The statute was repealed.", kind: FACTUAL }) { id }
    }`);
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    await t.gql('mutation { createArgument(input: { kind: ATTACK, premiseIds: ["claim:u"], conclusionId: "claim:b" }) { id } }');
    const after = await t.gql<Data>('{ evaluation { revision counts { in out undec } } }', {}, null);
    const statuses = await t.gql<Data>(STATUS, {}, null);
    assert.equal(after.errors, undefined, JSON.stringify(after.errors));
    assert.ok(after.data!.evaluation.revision > before.data!.evaluation.revision);
    assert.equal(statuses.data!.b.status.label, 'OUT');
    assert.equal(statuses.data!.p.status.label, 'IN');
    assert.deepEqual(after.data!.evaluation.counts, { in: 4, out: 1, undec: 0 });
  });

  it('reports an issue, a neighbourhood or the whole map, by label, in pages, reading the map once per revision', async () => {
    const issue = await t.gql<Data>(
      '{ evaluation(issueId: "issue:q") { claims { totalCount edges { node { id } status { label } strength } } } }',
      {},
      null,
    );
    assert.deepEqual(
      issue.data!.evaluation.claims.edges.map((e: Data) => [e.node.id, e.status.label]),
      [
        ['claim:c', 'IN'],
        ['claim:p', 'IN'],
      ],
    );
    const out = await t.gql<Data>('{ evaluation { claims(label: OUT) { totalCount edges { node { id } } } } }', {}, null);
    assert.deepEqual(out.data!.evaluation.claims.edges, [{ node: { id: 'claim:b' } }]);
    // The map of this revision is read already: the revision is checked, the claims are loaded, nothing else.
    assert.equal(out.extensions?.roundTrips, 2);
    const page = await t.gql<Data>(
      '{ evaluation { claims(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }',
      {},
      null,
    );
    assert.equal(page.data!.evaluation.claims.edges.length, 2);
    assert.equal(page.data!.evaluation.claims.pageInfo.hasNextPage, true);
  });

  it('refuses a scenario that names what the map lacks, with the field at fault, and changes nothing', async () => {
    const r = await t.gql<Data>('{ evaluation(scenario: { assumeIds: ["claim:nowhere"] }) { revision } }', {}, null);
    assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(String(r.errors?.[0]?.extensions?.field), /^scenario\.assumeIds\[0\]/);
    const wrongKind = await t.gql<Data>('{ evaluation(scenario: { excludeActorIds: ["claim:p"] }) { revision } }', {}, null);
    assert.equal(wrongKind.errors?.[0]?.extensions?.field, 'scenario.excludeActorIds[0]');
  });

  it('exports the derived framework in the ICCMA and ASPARTIX formats with the ids of its arguments', async () => {
    const af = await (await fetch(`${t.url}/export?format=iccma`)).text();
    assert.match(af, /^p af \d+$/m);
    assert.match(af, /^# \d+ claim:p$/m);
    const apx = await (await fetch(`${t.url}/export?format=apx`)).text();
    assert.match(apx, /^arg\(a\d+\)\. % argument:b-rebuts-p$/m);
    assert.match(apx, /^att\(a\d+,a\d+\)\.$/m);
  });

  it('explains in short labels with the speakers named, one sentence per step; justifies per labelling; a claim of a past revision is evaluated then', async () => {
    // After the write above: claim:u rebuts claim:b, so claim:p stands again.
    const r = await t.gql<Data>(
      `{ p: claim(id: "claim:p") { shortLabel
          explanation { label sentences truncated steps { argumentId label failedPremiseId sentence } claims { claimId shortLabel text label speakers unattacked } }
          justification(semantics: PREFERRED) { label sentences } } }`,
      {},
      null,
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const p = r.data!.p;
    assert.equal(p.shortLabel, 'It may be done');
    assert.deepEqual(p.explanation.sentences, [
      '“It may be done” stands: the one attack on it fails.',
      'Bob: “A statute forbids it” — this rebuts “It may be done”; the rebuttal fails: its premise is rejected.',
      '“The statute was repealed” rebuts “A statute forbids it”; the rebuttal stands.',
    ]);
    assert.deepEqual(
      p.explanation.steps.map((s: Data) => [s.label, s.failedPremiseId]),
      [
        ['OUT', 'claim:b'],
        ['IN', null],
      ],
    );
    assert.deepEqual(
      p.explanation.claims.map((c: Data) => [c.claimId, c.label, c.speakers, c.unattacked]),
      [
        ['claim:p', 'IN', ['Ann'], false],
        ['claim:b', 'OUT', ['Bob'], false],
        ['claim:u', 'IN', [], true],
      ],
    );
    assert.equal(p.explanation.claims[1].text, 'A statute forbids it.');
    assert.deepEqual(
      p.justification.map((a: Data) => a.label),
      ['IN'],
      'one preferred extension: one account',
    );
    assert.deepEqual(p.justification[0].sentences, p.explanation.sentences);

    // Explanations of several claims load their speakers in one batch: as many round trips as one.
    const one = await t.gql<Data>('{ p: claim(id: "claim:p") { explanation { sentences } } }', {}, null);
    const three = await t.gql<Data>(
      '{ p: claim(id: "claim:p") { explanation { sentences } } b: claim(id: "claim:b") { explanation { sentences } } s: claim(id: "claim:s") { explanation { sentences } } }',
      {},
      null,
    );
    assert.equal(three.errors, undefined, JSON.stringify(three.errors));
    assert.equal(three.extensions?.roundTrips, one.extensions?.roundTrips);

    // Before claim:u was written, claim:p was rejected: read at that revision, it says so.
    const made = await t.gql<Data>('{ revisions(nodeId: "claim:u", first: 1) { edges { node { revision } } } }', {}, null);
    const before = made.data!.revisions.edges[0].node.revision - 1;
    const then = await t.gql<Data>(
      'query ($at: Int) { claim(id: "claim:p", atRevision: $at) { shortLabel status { label } explanation { sentences } justification { label } } }',
      { at: before },
      null,
    );
    assert.equal(then.errors, undefined, JSON.stringify(then.errors));
    assert.equal(then.data!.claim.status.label, 'OUT');
    assert.deepEqual(then.data!.claim.explanation.sentences, [
      '“It may be done” is rejected: an attack on it stands.',
      'Bob: “A statute forbids it” — this rebuts “It may be done”; the rebuttal stands.',
    ]);
    assert.deepEqual(
      then.data!.claim.justification.map((a: Data) => a.label),
      ['OUT'],
    );
  });
});
