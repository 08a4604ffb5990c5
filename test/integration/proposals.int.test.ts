// Mapping a new text (DESIGN.md section 10) through HTTP against the real Neo4j: a text is read into
// a Proposal beside the map, listed, and reviewed; what is accepted enters the map in one revision
// (new actor, the source, claims or the SAME claim picked, assertions with their quotes, links),
// and nothing of a proposal is in the map's exports, evaluation, search or events before. Every
// bad input is refused with a clear code and changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { subscribeSse } from '../support/sse.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EDITOR = 'editor-key-0123456';
const READER = 'reader-key-0123456';
const OUTSIDER = 'outsider-key-012345';
const ADMIN = 'admin-key-0123456789';
const KEYS = [`admin:${ADMIN}:admin`, `editor:${EDITOR}:write`, `reader:${READER}:read`, `outsider:${OUTSIDER}:write@map:default`];

/** A transcript: each turn is a locution of its speaker. Words no other text here uses ("Zorblatt") make search exact. */
const TRANSCRIPT = `City council hearing on the Zorblatt bridge, 3 March 2025.

MARIA LOPEZ: The Zorblatt bridge must be repaired this year, because its steel cables are badly corroded.
JOHN CARTER: Repairing the Zorblatt bridge this year would cost far more than the city can afford.
MARIA LOPEZ: The state has already promised to pay half of the repair costs.
JOHN CARTER: The engineers' report says the bridge is safe for at least five more years.
`;

const PROPOSAL = `id mapId status createdAt author { kind name } text
  source { title kind source { id } }
  items { id start end quote status claimText kind speaker { name description kind confidence actor { id } } matches { relation score claim { id } } assertion { id } }
  links { premise { id } conclusion { id } kind score }`;
const PROPOSE = `mutation ($mapId: ID, $input: ProposeFromTextInput!) { proposeFromText(mapId: $mapId, input: $input) { ${PROPOSAL} } }`;
const ACCEPT = `mutation ($id: ID!, $items: [AcceptItemInput!]!, $expectedRevision: Int) {
  acceptProposedAssertions(proposalId: $id, items: $items, expectedRevision: $expectedRevision) {
    revision proposal { ${PROPOSAL} }
    assertions { id quote actor { id name description } source { id title } claim { id text kind supportedBy { id premises { id } } attackedBy { id premises { id } } } }
  }
}`;
const REJECT = `mutation ($id: ID!, $ids: [ID!]!) { rejectProposedAssertions(proposalId: $id, ids: $ids) { ${PROPOSAL} } }`;
const STATE = `query ($mapId: ID) {
  currentRevision(mapId: $mapId)
  proposals(mapId: $mapId, first: 100) { totalCount edges { node { id status items { id status } } } }
  claims(mapId: $mapId) { totalCount } actors(mapId: $mapId) { totalCount } sources(mapId: $mapId) { totalCount }
}`;

const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const ok = <T>(r: GqlResult<T>, what: string): T => {
  assert.equal(r.errors, undefined, `${what}: ${JSON.stringify(r.errors)}`);
  return r.data!;
};

describe('mapping a new text: proposals, review and acceptance', () => {
  let t: TestService;
  const MAP = 'map:bridge-hearing';
  const OTHER = 'map:another-hearing';
  /** Claims already in the map, for SAME matches and links. */
  let existing: { repair: string; cost: string };
  let otherClaim: string;

  const gql = (query: string, variables: Record<string, unknown> = {}, key: string | null = EDITOR) => t.gql<Data>(query, variables, key);
  const state = async (mapId = MAP) => ok(await gql(STATE, { mapId }), 'state');
  const propose = async (input: Record<string, unknown>, mapId = MAP) => gql(PROPOSE, { mapId, input });
  /** Asserts a refusal with `expected` code that left the map and its proposals as they were. */
  async function refusedWithoutChange(run: () => Promise<GqlResult<Data>>, expected: string, message?: RegExp) {
    const before = await state();
    const r = await run();
    assert.equal(code(r), expected, JSON.stringify(r.errors ?? r.data));
    if (message) assert.match(r.errors![0]!.message, message);
    assert.deepEqual(await state(), before, 'nothing changed');
    return r;
  }

  before(async () => {
    t = await startTestService({ apiKeys: KEYS });
    for (const [slug, name] of [
      ['bridge-hearing', 'Bridge hearing'],
      ['another-hearing', 'Another hearing'],
    ]) {
      ok(await gql(`mutation ($slug: String) { createMap(input: { name: "${name}", slug: $slug }) { id } }`, { slug }), 'createMap');
    }
    const claim = async (mapId: string, text: string) =>
      ok(
        await gql(`mutation ($m: ID, $t: String!) { createClaim(mapId: $m, input: { text: $t, kind: POLICY }) { id } }`, {
          m: mapId,
          t: text,
        }),
        'claim',
      ).createClaim.id as string;
    existing = {
      repair: await claim(MAP, 'The Zorblatt bridge must be repaired this year.'),
      cost: await claim(MAP, 'The city cannot afford to repair the Zorblatt bridge.'),
    };
    otherClaim = await claim(OTHER, 'A claim of another map about the Zorblatt bridge.');
  });
  after(() => t?.close());

  it('proposes quotes with their offsets, speakers and claims, stored beside the map and listed', async () => {
    const before = await state();
    const r = await propose({ text: TRANSCRIPT, source: { title: 'Zorblatt bridge hearing transcript', kind: 'STATEMENT' } });
    const p = ok(r, 'proposeFromText').proposeFromText;
    assert.match(p.id, /^proposal:[a-z0-9]+$/);
    assert.equal(p.mapId, MAP);
    assert.equal(p.status, 'PENDING');
    assert.deepEqual(p.author, { kind: 'KEY', name: 'editor' });
    assert.equal(p.text, TRANSCRIPT);
    assert.deepEqual(p.source, { title: 'Zorblatt bridge hearing transcript', kind: 'STATEMENT', source: null });
    assert.ok(p.items.length >= 3, `a transcript of four turns gives several items: ${JSON.stringify(p.items)}`);
    for (const [i, item] of p.items.entries()) {
      assert.equal(item.id, `${p.id}#${i + 1}`);
      assert.equal(TRANSCRIPT.slice(item.start, item.end), item.quote, 'the quote is the text between its offsets');
      assert.equal(item.status, 'PENDING');
      assert.equal(item.assertion, null);
      assert.ok(item.claimText.length > 0);
      assert.ok(item.speaker.confidence >= 0 && item.speaker.confidence <= 1);
    }
    assert.ok(
      p.items.some((item: Data) => /lopez/i.test(item.speaker.name)) && p.items.some((item: Data) => /carter/i.test(item.speaker.name)),
      'the turns are the locutions of their speakers',
    );
    const after = await state();
    assert.equal(after.currentRevision, before.currentRevision, 'proposing writes no revision of the map');
    assert.deepEqual([after.claims, after.actors, after.sources], [before.claims, before.actors, before.sources]);
    assert.equal(after.proposals.totalCount, before.proposals.totalCount + 1);
    const listed = ok(
      await gql(`query ($m: ID) { proposals(mapId: $m, status: PENDING) { edges { node { id } } } }`, { m: MAP }, READER),
      'list',
    );
    assert.ok(
      listed.proposals.edges.some((e: Data) => e.node.id === p.id),
      'a reader lists it',
    );
    const none = ok(await gql(`query ($m: ID) { proposals(mapId: $m, status: ACCEPTED) { totalCount } }`, { m: MAP }), 'list');
    assert.equal(none.proposals.totalCount, 0);
    const byNode = ok(await gql(`query ($id: ID!) { node(id: $id) { id ... on Proposal { status } } }`, { id: p.id }, READER), 'node');
    assert.deepEqual(byNode.node, { id: p.id, status: 'PENDING' });
  });

  it('keeps a proposal out of the map’s exports, evaluation, search and events until it is accepted; then writes one revision', async () => {
    const exported = async () => (await fetch(`${t.url}/export?format=json&mapId=${MAP}`)).json() as Promise<Data>;
    const evaluation = async () =>
      ok(await gql(`query ($m: ID) { evaluation(mapId: $m) { counts { in out undec } } }`, { m: MAP }), 'evaluation').evaluation;
    const search = async () =>
      ok(await gql(`query ($m: ID) { search(mapId: $m, text: "corroded steel cables") { node { id } } }`, { m: MAP }), 'search').search;
    const events = await subscribeSse<Data>(t.url, `subscription ($m: ID) { changes(mapId: $m) { revision operation ids } }`, { m: MAP });
    try {
      const exportBefore = await exported();
      const evaluationBefore = await evaluation();
      const { currentRevision } = await state();
      const p = ok(await propose({ text: TRANSCRIPT }), 'propose').proposeFromText;
      ok(await gql(REJECT, { id: p.id, ids: [p.items.at(-1).id] }), 'reject');
      assert.deepEqual(await exported(), exportBefore, 'the export is as before');
      assert.deepEqual(await evaluation(), evaluationBefore, 'the evaluation is as before');
      assert.deepEqual(await search(), [], 'no quote of the proposal is found');
      assert.equal((await state()).currentRevision, currentRevision);

      const first = p.items[0];
      const accepted = ok(await gql(ACCEPT, { id: p.id, items: [{ id: first.id }] }), 'accept').acceptProposedAssertions;
      assert.equal(accepted.revision, currentRevision + 1);
      const [event] = await events.take(1);
      assert.equal(event!.changes.revision, currentRevision + 1, 'the first event is the accept: proposing and rejecting sent none');
      assert.equal(event!.changes.operation, 'acceptProposedAssertions');
      assert.ok(event!.changes.ids.includes(accepted.assertions[0].id));
      const found = (await search()).map((hit: Data) => hit.node.id);
      assert.ok(found.includes(accepted.assertions[0].id) || /corroded/.test(first.quote) === false, 'an accepted quote is searchable');
    } finally {
      events.close();
    }
  });

  it('accepts edited items in one revision: a new actor, the source made once, a new claim, the SAME claim, links', async () => {
    const p = ok(
      await propose({ text: TRANSCRIPT, source: { title: 'Zorblatt hearing, second reading', kind: 'STATEMENT', publisher: 'City Hall' } }),
      'propose',
    ).proposeFromText;
    const [a, b, c] = p.items;
    const before = await state();
    const r = ok(
      await gql(ACCEPT, {
        id: p.id,
        expectedRevision: before.currentRevision,
        items: [
          {
            id: a.id,
            speaker: { name: 'Councillor Maria Lopez', description: 'a member of the city council', kind: 'PERSON' },
            claimText: 'The Zorblatt bridge cables are badly corroded.',
            kind: 'FACTUAL',
            links: [{ kind: 'SUPPORT', claimId: existing.repair }],
          },
          { id: b.id, sameAsClaimId: existing.cost, links: [{ kind: 'ATTACK', itemId: a.id }] },
        ],
      }),
      'accept',
    ).acceptProposedAssertions;
    assert.equal(r.revision, before.currentRevision + 1, 'one revision');
    const after = await state();
    assert.equal(after.currentRevision, before.currentRevision + 1);
    assert.equal(after.sources.totalCount, before.sources.totalCount + 1, 'the source is made');
    assert.equal(after.claims.totalCount, before.claims.totalCount + 1, 'one new claim; the other asserts the SAME claim');
    const [ra, rb] = r.assertions;
    assert.equal(ra.quote, a.quote);
    assert.deepEqual([ra.actor.name, ra.actor.description], ['Councillor Maria Lopez', 'a member of the city council']);
    assert.equal(ra.source.title, 'Zorblatt hearing, second reading');
    assert.deepEqual([ra.claim.text, ra.claim.kind], ['The Zorblatt bridge cables are badly corroded.', 'FACTUAL']);
    assert.equal(rb.claim.id, existing.cost);
    assert.equal(rb.source.id, ra.source.id);
    assert.equal(rb.quote, b.quote);
    const supports = await gql(`query ($id: ID!) { claim(id: $id) { supportedBy { premises { id } } } }`, { id: existing.repair });
    assert.ok(
      ok(supports, 'claim').claim.supportedBy.some((arg: Data) => arg.premises[0].id === ra.claim.id),
      'the SUPPORT link is an argument',
    );
    assert.ok(
      ra.claim.attackedBy.some((arg: Data) => arg.premises[0].id === existing.cost),
      'the ATTACK link to another item is an argument',
    );
    const items = new Map(r.proposal.items.map((item: Data) => [item.id, item]));
    assert.equal((items.get(a.id) as Data).status, 'ACCEPTED');
    assert.equal((items.get(a.id) as Data).assertion.id, ra.id);
    assert.equal((items.get(c.id) as Data).status, 'PENDING');
    assert.equal(r.proposal.status, 'PENDING', 'pending while an item is');
    assert.equal(r.proposal.source.source.id, ra.source.id);

    // A later accept of the same proposal reports in the same source, and reuses the actor it made.
    const again = ok(
      await gql(ACCEPT, { id: p.id, items: [{ id: c.id, speaker: { name: 'councillor maria lopez' } }] }),
      'accept again',
    ).acceptProposedAssertions;
    assert.equal(again.assertions[0].source.id, ra.source.id, 'the source is made once');
    assert.equal(again.assertions[0].actor.id, ra.actor.id, 'a new name an actor of the map has is that actor');
    assert.equal((await state()).sources.totalCount, after.sources.totalCount);
    const rest = again.proposal.items.filter((item: Data) => item.status === 'PENDING').map((item: Data) => item.id);
    if (rest.length > 0) {
      const done = ok(await gql(REJECT, { id: p.id, ids: rest }), 'reject').rejectProposedAssertions;
      assert.equal(done.status, 'ACCEPTED', 'accepted once no item is pending and some was accepted');
    }
  });

  it('rejects items: they are marked, the proposal is REJECTED when none was accepted, and nothing enters the map', async () => {
    const p = ok(await propose({ text: TRANSCRIPT }), 'propose').proposeFromText;
    const before = await state();
    const r = ok(await gql(REJECT, { id: p.id, ids: p.items.map((item: Data) => item.id) }), 'reject').rejectProposedAssertions;
    assert.ok(r.items.every((item: Data) => item.status === 'REJECTED'));
    assert.equal(r.status, 'REJECTED');
    const after = await state();
    assert.equal(after.currentRevision, before.currentRevision);
    await refusedWithoutChange(() => gql(ACCEPT, { id: p.id, items: [{ id: p.items[0].id }] }), 'CONFLICT', /rejected already/);
  });

  it('refuses bad texts with BAD_USER_INPUT and stores nothing', async () => {
    await refusedWithoutChange(() => propose({ text: '  \n ' }), 'BAD_USER_INPUT', /empty/);
    const huge = await refusedWithoutChange(() => propose({ text: 'The bridge is safe. '.repeat(10_001) }), 'BAD_USER_INPUT', /200,000/);
    assert.equal(huge.errors![0]!.extensions?.field, 'input.text');
    await refusedWithoutChange(() => propose({ text: 'PK\u0003\u0004\u0000\u0000binary zip content' }), 'BAD_USER_INPUT', /binary/);
    await refusedWithoutChange(
      () =>
        propose({
          text: "Le maire de la ville a déclaré que le pont devait être réparé cette année. « Les câbles sont très corrodés », a-t-il dit devant le conseil municipal. L'opposition estime que la ville n'a pas les moyens de payer ces travaux.",
        }),
      'BAD_USER_INPUT',
      /English|language/i,
    );
    await refusedWithoutChange(
      () => propose({ text: TRANSCRIPT, sourceId: 'source:nothing-here', source: { title: 'Both', kind: 'NEWS' } }),
      'BAD_USER_INPUT',
      /not both/,
    );
    await refusedWithoutChange(() => propose({ text: TRANSCRIPT, sourceId: 'source:nothing-here' }), 'NOT_FOUND');
    await refusedWithoutChange(() => propose({ text: TRANSCRIPT, format: 'HTML' }, 'map:no-such-map'), 'NOT_FOUND');
  });

  it('reads HTML as its text', async () => {
    const html = `<html><head><style>p { color: red }</style><script>var x = "MARIA LOPEZ: not this";</script></head><body>
      <h1>Zorblatt bridge hearing</h1><p>MARIA LOPEZ: The Zorblatt bridge must be repaired this year.</p>
      <p>JOHN CARTER: The city cannot afford it &amp; should wait.</p></body></html>`;
    const p = ok(await propose({ text: html, format: 'HTML' }), 'propose').proposeFromText;
    assert.doesNotMatch(p.text, /<|color: red|var x/);
    assert.match(p.text, /The city cannot afford it & should wait\./);
    for (const item of p.items) assert.equal(p.text.slice(item.start, item.end), item.quote);
  });

  it('refuses a bad review with a clear code and writes nothing', async () => {
    const p = ok(await propose({ text: TRANSCRIPT }), 'propose').proposeFromText;
    const q = ok(await propose({ text: TRANSCRIPT }), 'propose').proposeFromText;
    const [a, b] = p.items;
    const accept =
      (items: unknown[], id = p.id, extra: Record<string, unknown> = {}) =>
      () =>
        gql(ACCEPT, { id, items, ...extra });
    await refusedWithoutChange(accept([{ id: a.id }, { id: q.items[0].id }]), 'BAD_USER_INPUT', /another proposal/);
    await refusedWithoutChange(accept([{ id: `${p.id}#999` }]), 'NOT_FOUND');
    await refusedWithoutChange(accept([{ id: a.id }, { id: a.id }]), 'BAD_USER_INPUT', /twice/);
    await refusedWithoutChange(accept([]), 'BAD_USER_INPUT');
    await refusedWithoutChange(accept([{ id: a.id }], 'proposal:nosuchproposal'), 'NOT_FOUND');
    await refusedWithoutChange(accept([{ id: a.id, sameAsClaimId: otherClaim }]), 'BAD_USER_INPUT', /another-hearing/);
    await refusedWithoutChange(accept([{ id: a.id, sameAsClaimId: 'claim:no-such-claim' }]), 'NOT_FOUND');
    await refusedWithoutChange(accept([{ id: a.id, links: [{ kind: 'SUPPORT', claimId: otherClaim }] }]), 'BAD_USER_INPUT');
    await refusedWithoutChange(accept([{ id: a.id, links: [{ kind: 'SUPPORT', itemId: b.id }] }]), 'BAD_USER_INPUT', /not accepted/);
    await refusedWithoutChange(accept([{ id: a.id, speaker: { actorId: 'actor:nobody' } }]), 'NOT_FOUND');
    await refusedWithoutChange(accept([{ id: a.id, claimText: ' ' }]), 'BAD_USER_INPUT', /empty/);
    // A claim the reviewer picked changed after the revision they read.
    const read = (await state()).currentRevision;
    ok(await gql(`mutation ($id: ID!) { updateClaim(id: $id, input: { kind: VALUE }) { id } }`, { id: existing.cost }), 'updateClaim');
    await refusedWithoutChange(
      accept([{ id: a.id, sameAsClaimId: existing.cost }], p.id, { expectedRevision: read }),
      'CONFLICT',
      /changed/,
    );
    await refusedWithoutChange(() => gql(REJECT, { id: p.id, ids: [q.items[0].id] }), 'BAD_USER_INPUT', /another proposal/);
    await refusedWithoutChange(() => gql(REJECT, { id: p.id, ids: [a.id] }, READER), 'FORBIDDEN');
    await refusedWithoutChange(() => gql(PROPOSE, { mapId: MAP, input: { text: TRANSCRIPT } }, READER), 'FORBIDDEN');

    // Accepted once, then again: CONFLICT, and the second call writes nothing.
    ok(await gql(ACCEPT, { id: p.id, items: [{ id: a.id }] }), 'accept');
    await refusedWithoutChange(accept([{ id: b.id }, { id: a.id }]), 'CONFLICT', /accepted already/);
    await refusedWithoutChange(() => gql(REJECT, { id: p.id, ids: [a.id] }), 'CONFLICT');
    const items = new Map(
      (await state()).proposals.edges.find((e: Data) => e.node.id === p.id).node.items.map((i: Data) => [i.id, i.status]),
    );
    assert.equal(items.get(b.id), 'PENDING', 'the valid item of a refused call is still pending');
  });

  it('accepts an item once when two reviewers accept it at the same time: one revision, the other CONFLICT', async () => {
    const p = ok(await propose({ text: TRANSCRIPT }), 'propose').proposeFromText;
    const before = await state();
    const [first, second] = await Promise.all([
      gql(ACCEPT, { id: p.id, items: [{ id: p.items[0].id }] }),
      gql(ACCEPT, { id: p.id, items: [{ id: p.items[0].id }, { id: p.items[1].id }] }),
    ]);
    const codes = [first, second].map((r) => code(r) ?? 'OK').sort();
    assert.deepEqual(codes, ['CONFLICT', 'OK'], JSON.stringify([first.errors, second.errors]));
    assert.equal((await state()).currentRevision, before.currentRevision + 1, 'one revision');
    const rejected = await Promise.all([gql(REJECT, { id: p.id, ids: [p.items[2].id] }), gql(REJECT, { id: p.id, ids: [p.items[2].id] })]);
    assert.deepEqual(rejected.map((r) => code(r) ?? 'OK').sort(), ['CONFLICT', 'OK']);
  });

  it('hides the proposals of a private map from outsiders, and scopes each map’s list to its own', async () => {
    ok(
      await gql(`mutation { createMap(input: { name: "Closed hearing", slug: "closed-hearing", visibility: PRIVATE }) { id } }`),
      'createMap',
    );
    const p = ok(await propose({ text: TRANSCRIPT }, 'map:closed-hearing'), 'propose').proposeFromText;
    const listed = await gql(`query { proposals(mapId: "map:closed-hearing") { totalCount } }`, {}, OUTSIDER);
    assert.equal(code(listed), 'NOT_FOUND');
    const byNode = await gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: p.id }, OUTSIDER);
    assert.deepEqual(byNode.data, { node: null });
    const anonymous = await gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: p.id }, null);
    assert.deepEqual(anonymous.data, { node: null });
    for (const [query, variables] of [
      [ACCEPT, { id: p.id, items: [{ id: p.items[0].id }] }],
      [REJECT, { id: p.id, ids: [p.items[0].id] }],
    ] as const) {
      const r = await gql(query, variables, OUTSIDER);
      assert.equal(code(r), 'NOT_FOUND', JSON.stringify(r.errors));
      assert.doesNotMatch(r.errors![0]!.message, /closed-hearing/, 'the private map is not named');
    }
    const elsewhere = ok(await gql(`query { proposals(mapId: "${OTHER}") { totalCount } }`), 'list').proposals;
    assert.equal(elsewhere.totalCount, 0, "another map's list holds none of these");

    // Deleting the map deletes its proposals.
    const stored = async () =>
      (
        await t.service.backend.db.driver.executeQuery('MATCH (p:Proposal {mapId: "map:closed-hearing"}) RETURN count(p) AS n')
      ).records[0]!.get('n');
    assert.equal(Number(await stored()), 1);
    ok(await gql(`mutation { deleteMap(id: "map:closed-hearing") }`, {}, ADMIN), 'deleteMap');
    assert.equal(Number(await stored()), 0);
  });
});
