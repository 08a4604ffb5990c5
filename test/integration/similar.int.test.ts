import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateDebate } from '../../src/cli/generate.js';
import { DUPLICATE_MAX_CLAIMS } from '../../src/repositories/claim-similarity.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DEPORT = 'The government may not deport its own citizens to a foreign prison.';
/** The map's claims: two pairs that restate each other, and unrelated ones. */
const TEXTS = {
  deport: DEPORT,
  deportAgain: 'The government must not send its own citizens to a prison in a foreign country.',
  cecot: 'Inmates at CECOT are held in inhumane conditions.',
  cecotAgain: 'CECOT inmates live in inhumane conditions.',
  budget: 'The city council approved the school budget on Tuesday.',
  rain: 'Heavy rain is expected in the north this weekend.',
  trains: 'Trains between the two cities will run every half hour.',
  tariffs: 'Tariffs on steel raise the price of cars.',
  vaccine: 'The new vaccine halves the rate of infection.',
  housing: 'Rents in the capital rose faster than wages.',
  ferries: 'Ferries to the islands stop running in winter.',
  museum: 'The museum will open a new wing next spring.',
};
type Name = keyof typeof TEXTS;

const ok = (r: GqlResult<Data>): Data => {
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data!;
};
const refusal = (r: GqlResult<Data>) => ({ code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field });

describe('near duplicates: Claim.similar, similarClaims, duplicateCandidates', () => {
  let t: TestService;
  const mapId = 'map:similar-one';
  const otherMap = 'map:similar-two';
  const secretMap = 'map:similar-secret';
  const ids = {} as Record<Name, string>;
  let otherDeport = '';
  let secretDeport = '';

  const createClaim = async (map: string, text: string) =>
    ok(
      await t.gql<Data>(
        `mutation ($mapId: ID, $text: String!) { createClaim(mapId: $mapId, input: { text: $text, kind: FACTUAL }) { id } }`,
        {
          mapId: map,
          text,
        },
      ),
    ).createClaim.id as string;

  before(async () => {
    t = await startTestService();
    for (const [slug, visibility] of [
      ['similar-one', 'PUBLIC'],
      ['similar-two', 'PUBLIC'],
      ['similar-secret', 'PRIVATE'],
    ] as const) {
      ok(await t.gql<Data>(`mutation { createMap(input: { name: "${slug}", slug: "${slug}", visibility: ${visibility} }) { id } }`));
    }
    for (const [name, text] of Object.entries(TEXTS)) ids[name as Name] = await createClaim(mapId, text);
    // The same words in another map and in a private one: never suggested in this one.
    otherDeport = await createClaim(otherMap, DEPORT);
    secretDeport = await createClaim(secretMap, DEPORT);
    await createClaim(secretMap, 'The government may not deport citizens to a foreign prison.');
  });
  after(() => t?.close());

  const ownIds = () => new Set(Object.values(ids));

  it('Claim.similar: the restatement first, the claim itself never, only claims of the same map', async () => {
    const data = ok(
      await t.gql<Data>(
        `query ($id: ID!, $cecot: ID!) { a: claim(id: $id) { similar(first: 20) { score claim { id } } } b: claim(id: $cecot) { similar(first: 1) { claim { id } } } }`,
        {
          id: ids.deport,
          cecot: ids.cecot,
        },
      ),
    );
    const similar = data.a.similar as { score: number; claim: { id: string } }[];
    assert.equal(similar[0]?.claim.id, ids.deportAgain);
    assert.ok(!similar.some((s) => s.claim.id === ids.deport), 'the claim itself is left out');
    assert.ok(
      similar.every((s) => ownIds().has(s.claim.id)),
      `only claims of ${mapId}: ${JSON.stringify(similar)}`,
    );
    assert.ok(!similar.some((s) => [otherDeport, secretDeport].includes(s.claim.id)));
    for (const [i, s] of similar.entries()) {
      assert.ok(s.score > 0 && s.score <= 1, JSON.stringify(s));
      if (i > 0) assert.ok(similar[i - 1]!.score >= s.score, 'best first');
    }
    assert.deepEqual(data.b.similar, [{ claim: { id: ids.cecotAgain } }]);
    // Seen from the other map, the same text finds nothing of this one.
    const other = ok(await t.gql<Data>(`query ($id: ID!) { claim(id: $id) { similar { claim { id } } } }`, { id: otherDeport }));
    assert.deepEqual(other.claim.similar, []);
  });

  it('similarClaims: the claims most alike a text being written, trimmed, from its own map only', async () => {
    const query = `query ($mapId: ID, $text: String!, $first: Int) { similarClaims(mapId: $mapId, text: $text, first: $first) { score claim { id } } }`;
    const found = ok(await t.gql<Data>(query, { mapId, text: `   ${DEPORT}   `, first: 5 })).similarClaims as Data[];
    // Only claims sharing a word with the text are found: here the two that speak of deporting citizens.
    assert.equal(found.length, 2, JSON.stringify(found));
    assert.deepEqual(found[0], { score: 1, claim: { id: ids.deport } }, 'the same words score 1 (the text is trimmed)');
    assert.equal(found[1]!.claim.id, ids.deportAgain);
    const inOther = ok(await t.gql<Data>(query, { mapId: otherMap, text: 'citizens deported to foreign prisons' })).similarClaims as Data[];
    assert.deepEqual(
      inOther.map((s) => s.claim.id),
      [otherDeport],
    );
    const one = ok(await t.gql<Data>(query, { mapId, text: DEPORT, first: 1 })).similarClaims as Data[];
    assert.deepEqual(
      one.map((s) => s.claim.id),
      [ids.deport],
    );
    const nothing = ok(await t.gql<Data>(query, { mapId, text: '??? !!! the of' })).similarClaims;
    assert.deepEqual(nothing, [], 'a text without a word to look for finds nothing, without error');
  });

  it('duplicateCandidates: each pair once, best first, paged forward and backward with cursors', async () => {
    const query = `query ($mapId: ID, $first: Int, $after: String, $last: Int, $before: String, $minScore: Float) {
      duplicateCandidates(mapId: $mapId, first: $first, after: $after, last: $last, before: $before, minScore: $minScore) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { score claims { id } } }
      }
    }`;
    const all = ok(await t.gql<Data>(query, { mapId, first: 100, minScore: 0 })).duplicateCandidates;
    const pairs = (all.edges as Data[]).map((e) => ({
      score: e.node.score as number,
      ids: (e.node.claims as Data[]).map((c) => c.id as string),
    }));
    assert.equal(all.totalCount, pairs.length);
    const keys = pairs.map((p) => p.ids.join('|'));
    assert.equal(new Set(keys).size, keys.length, 'each pair once');
    for (const p of pairs) {
      assert.equal(p.ids.length, 2);
      assert.ok(p.ids[0]! < p.ids[1]!, 'the two claims in id order, never a claim with itself');
      assert.ok(p.ids.every((id) => ownIds().has(id)));
    }
    for (let i = 1; i < pairs.length; i++) assert.ok(pairs[i - 1]!.score >= pairs[i]!.score, 'best first');
    const top = pairs.slice(0, 2).map((p) => [...p.ids].sort().join('|'));
    assert.deepEqual(top.sort(), [[ids.cecot, ids.cecotAgain].sort().join('|'), [ids.deport, ids.deportAgain].sort().join('|')].sort());

    // Forward, two at a time: the same list.
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const got: Data = ok(await t.gql<Data>(query, { mapId, first: 2, after, minScore: 0 })).duplicateCandidates;
      walked.push(...(got.edges as Data[]).map((e) => (e.node.claims as Data[]).map((c) => c.id).join('|')));
      assert.equal(got.totalCount, pairs.length);
      if (!got.pageInfo.hasNextPage) break;
      after = got.pageInfo.endCursor;
    }
    assert.deepEqual(walked, keys);
    // Backward: the last pair, then the one before it.
    const last = ok(await t.gql<Data>(query, { mapId, last: 1, minScore: 0 })).duplicateCandidates;
    assert.deepEqual(
      (last.edges as Data[]).map((e) => (e.node.claims as Data[]).map((c) => c.id).join('|')),
      keys.slice(-1),
    );
    assert.equal(last.pageInfo.hasNextPage, false);
    const beforeLast = ok(await t.gql<Data>(query, { mapId, last: 1, before: last.pageInfo.startCursor, minScore: 0 })).duplicateCandidates;
    assert.deepEqual(
      (beforeLast.edges as Data[]).map((e) => (e.node.claims as Data[]).map((c) => c.id).join('|')),
      keys.slice(-2, -1),
    );
    // The default floor keeps the likely ones only.
    const likely = ok(await t.gql<Data>(query, { mapId })).duplicateCandidates;
    assert.ok(likely.totalCount >= 1 && likely.totalCount < pairs.length, JSON.stringify(likely.totalCount));
    assert.ok((likely.edges as Data[]).every((e) => e.node.score >= 0.5));
  });

  it('duplicateCandidates follows the map: a claim changed since is compared as it reads now', async () => {
    const query = `query ($mapId: ID) { duplicateCandidates(mapId: $mapId, minScore: 0.3) { edges { node { claims { id text } } } } }`;
    const pairOf = (data: Data) =>
      (data.duplicateCandidates.edges as Data[]).map((e) =>
        (e.node.claims as Data[])
          .map((c) => c.id)
          .sort()
          .join('|'),
      );
    const cecotPair = [ids.cecot, ids.cecotAgain].sort().join('|');
    assert.ok(pairOf(ok(await t.gql<Data>(query, { mapId }))).includes(cecotPair));
    ok(
      await t.gql<Data>(
        `mutation ($id: ID!) { updateClaim(id: $id, input: { text: "Parliament debated fishing quotas all night." }) { id } }`,
        {
          id: ids.cecotAgain,
        },
      ),
    );
    try {
      assert.ok(
        !pairOf(ok(await t.gql<Data>(query, { mapId }))).includes(cecotPair),
        'the pair is gone once the claim says something else',
      );
    } finally {
      ok(
        await t.gql<Data>(`mutation ($id: ID!, $text: String!) { updateClaim(id: $id, input: { text: $text }) { id } }`, {
          id: ids.cecotAgain,
          text: TEXTS.cecotAgain,
        }),
      );
    }
  });

  it('costs the same round trips for a list of 3 claims with similar as for 12', async () => {
    const query = `query ($mapId: ID, $first: Int) { claims(mapId: $mapId, first: $first) { edges { node { id similar(first: 3) { score claim { id text } } } } } }`;
    const small = await t.gql<Data>(query, { mapId, first: 3 });
    const large = await t.gql<Data>(query, { mapId, first: 12 });
    assert.equal(ok(small).claims.edges.length, 3);
    assert.equal(ok(large).claims.edges.length, 12);
    assert.ok((large.data!.claims.edges as Data[]).some((e) => e.node.similar.length > 0));
    assert.equal(large.extensions?.roundTrips, small.extensions?.roundTrips);
    assert.ok((small.extensions?.roundTrips ?? 99) <= 3, `round trips: ${small.extensions?.roundTrips}`);
  });

  it('hides a private map: an outsider is answered as for a map that does not exist; a member reads it', async () => {
    const queries = [
      `query ($mapId: ID) { similarClaims(mapId: $mapId, text: "deport citizens") { claim { id } } }`,
      `query ($mapId: ID) { duplicateCandidates(mapId: $mapId, minScore: 0) { totalCount edges { node { claims { id } } } } }`,
    ];
    for (const query of queries) {
      const hidden = await t.gql<Data>(query, { mapId: secretMap }, null);
      const ghost = await t.gql<Data>(query, { mapId: 'map:similar-ghost' }, null);
      assert.equal(hidden.errors?.[0]?.extensions?.code, 'NOT_FOUND');
      assert.equal(JSON.stringify(hidden.errors).replaceAll(secretMap, 'map:similar-ghost'), JSON.stringify(ghost.errors));
      assert.equal(hidden.data, ghost.data);
      const member = ok(await t.gql<Data>(query, { mapId: secretMap }));
      assert.ok(JSON.stringify(member).includes(secretDeport), 'the map is there for a reader allowed in it');
    }
    const byId = await t.gql<Data>(`query ($id: ID!) { claim(id: $id) { similar { claim { id } } } }`, { id: secretDeport }, null);
    assert.deepEqual(byId.data, { claim: null });
  });

  it('refuses duplicateCandidates for a map over the bound, saying what to ask instead; Claim.similar still answers there', async () => {
    ok(await t.gql<Data>(`mutation { createMap(input: { name: "similar-large", slug: "similar-large" }) { id } }`));
    const doc = generateDebate({ claims: DUPLICATE_MAX_CLAIMS + 1, seed: 3, idPrefix: 'simlarge' });
    const imported = await t.gql<Data>(
      `mutation ($input: ImportDocumentInput!) { importDocument(mapId: "map:similar-large", input: $input) { claims } }`,
      { input: { format: 'JSON', content: JSON.stringify(doc) } },
    );
    assert.equal(ok(imported).importDocument.claims, DUPLICATE_MAX_CLAIMS + 1);
    const refused = await t.gql<Data>(`{ duplicateCandidates(mapId: "map:similar-large") { totalCount } }`);
    assert.equal(refused.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX');
    assert.match(refused.errors![0]!.message, /at most 1000 claims.*Claim\.similar/);
    const one = ok(await t.gql<Data>(`query ($id: ID!) { claim(id: $id) { similar(first: 3) { score } } }`, { id: doc.claims[0]!.id }));
    assert.ok(Array.isArray(one.claim.similar));
  });

  it('refuses bad input with the field at fault', async () => {
    const similar = `query ($mapId: ID, $text: String!, $first: Int) { similarClaims(mapId: $mapId, text: $text, first: $first) { score } }`;
    assert.deepEqual(refusal(await t.gql<Data>(similar, { mapId, text: '   ' })), { code: 'BAD_USER_INPUT', field: 'text' });
    assert.deepEqual(refusal(await t.gql<Data>(similar, { mapId, text: 'x'.repeat(5001) })), { code: 'BAD_USER_INPUT', field: 'text' });
    assert.deepEqual(refusal(await t.gql<Data>(similar, { mapId, text: 'prison', first: 101 })), {
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    assert.deepEqual(refusal(await t.gql<Data>(similar, { mapId: 'Not a map', text: 'prison' })), {
      code: 'BAD_USER_INPUT',
      field: 'mapId',
    });
    const claimSimilar = `query ($id: ID!) { claim(id: $id) { similar(first: -1) { score } } }`;
    assert.equal(refusal(await t.gql<Data>(claimSimilar, { id: ids.deport })).code, 'BAD_USER_INPUT');
    const duplicates = `query ($mapId: ID, $first: Int, $last: Int, $after: String, $minScore: Float) {
      duplicateCandidates(mapId: $mapId, first: $first, last: $last, after: $after, minScore: $minScore) { totalCount }
    }`;
    assert.deepEqual(refusal(await t.gql<Data>(duplicates, { mapId, minScore: 1.5 })), { code: 'BAD_USER_INPUT', field: 'minScore' });
    assert.deepEqual(refusal(await t.gql<Data>(duplicates, { mapId, minScore: -0.1 })), { code: 'BAD_USER_INPUT', field: 'minScore' });
    assert.deepEqual(refusal(await t.gql<Data>(duplicates, { mapId, after: 'not-a-cursor' })), { code: 'BAD_USER_INPUT', field: 'after' });
    const idCursor = Buffer.from('argmap:v1:claim:x', 'utf8').toString('base64url');
    assert.deepEqual(refusal(await t.gql<Data>(duplicates, { mapId, after: idCursor })), { code: 'BAD_USER_INPUT', field: 'after' });
    assert.deepEqual(refusal(await t.gql<Data>(duplicates, { mapId, first: 2, last: 2 })), { code: 'BAD_USER_INPUT', field: 'last' });
    assert.deepEqual(refusal(await t.gql<Data>(duplicates, { mapId: 'map:similar-ghost' })), { code: 'NOT_FOUND', field: 'mapId' });
  });
});
