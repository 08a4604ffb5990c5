// Time travel over the whole map: neighbourhoods, chains and exports as the map stood at a past
// revision, rebuilt from the revision log, against the real Neo4j.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Direction } from '../../src/domain/index.js';
import { claimIdsWhere } from '../../src/domain/map-at-revision.js';
import { PastReader } from '../../src/repositories/past-reader.js';
import { timeBetweenRevisions } from '../support/clock.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const ok = <T>(r: GqlResult<T>): T => {
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data!;
};

describe('the map at a revision, rebuilt from the log', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService({ seed: true });
  });
  after(() => t?.close());

  const repos = () => t.service.backend.repos;

  it('answers every neighbourhood, chain and export exactly as the database does for the same revision', async () => {
    const map = await repos().past.mapAt(await repos().revisions.currentRevision());
    const reader = new PastReader(map);
    const doc = (await repos().graphExport.exportGraph())!;
    assert.deepEqual(await repos().graphExport.exportGraph({ reader }), doc, 'the whole export');

    const roots = [
      ...doc.claims.map((c) => c.id),
      ...doc.arguments.map((a) => a.id),
      ...doc.actors.map((a) => a.id),
      ...doc.sources.map((s) => s.id),
      ...doc.provisions.map((p) => p.id),
      ...doc.issues.map((i) => i.id),
    ];
    assert.ok(roots.length > 150, `${roots.length} roots`);
    let compared = 0;
    let nonTrivial = 0;
    let truncated = 0;
    for (const [i, rootId] of roots.entries()) {
      const shapes: { depth: number; direction: Direction; limit?: number }[] = [
        { depth: 1, direction: 'BOTH' },
        { depth: 3, direction: 'BOTH' },
      ];
      if (i % 3 === 0) shapes.push({ depth: 0, direction: 'BOTH' });
      if (i % 4 === 0) shapes.push({ depth: 3, direction: 'BOTH', limit: 6 });
      if (rootId.startsWith('claim:') && i % 2 === 0) shapes.push({ depth: 2, direction: 'OUTGOING' }, { depth: 2, direction: 'INCOMING' });
      for (const shape of shapes) {
        const params = { rootId, ...shape };
        const fromDatabase = await repos().graph.argumentGraph(params);
        assert.deepEqual(await repos().graph.argumentGraph(params, reader), fromDatabase, JSON.stringify(params));
        compared++;
        if ((fromDatabase?.edges.length ?? 0) > 3) nonTrivial++;
        if (fromDatabase?.truncated) truncated++;
      }
    }
    assert.ok(nonTrivial > compared / 3, `${nonTrivial} of ${compared} neighbourhoods have edges`);
    assert.ok(truncated > 10, `${truncated} neighbourhoods cut at their limit`);
    for (const rootId of roots.filter((_, i) => i % 9 === 0)) {
      const params = { rootId, depth: 2 };
      assert.deepEqual(await repos().graphExport.exportGraph({ ...params, reader }), await repos().graphExport.exportGraph(params), rootId);
    }

    // Claim lists under every filter the API has.
    const none = { textContains: null, kind: null, assertedBy: null, cites: null, inSource: null, issue: null, stance: null };
    const filters = [
      none,
      ...doc.actors.map((a) => ({ ...none, assertedBy: a.id })),
      ...doc.sources.map((x) => ({ ...none, inSource: x.id })),
      ...doc.provisions.map((x) => ({ ...none, cites: x.id })),
      ...doc.issues.flatMap((i) => (['PRO', 'CON', null] as const).map((stance) => ({ ...none, issue: i.id, stance }))),
      ...(['PRO', 'CON'] as const).map((stance) => ({ ...none, stance })),
      ...(['FACTUAL', 'LEGAL', 'VALUE', 'POLICY'] as const).map((kind) => ({ ...none, kind })),
      ...['citizen', 'AMENDMENT', 'él', 'prison and'].map((textContains) => ({ ...none, textContains })),
    ];
    let nonEmpty = 0;
    for (const filter of filters) {
      const listed = await repos().claims.listClaims({ filter, page: { size: 1000, after: null, before: null, fromEnd: false } });
      assert.deepEqual(
        claimIdsWhere(map, filter),
        listed.items.map((c) => c.id),
        JSON.stringify(filter),
      );
      if (listed.items.length > 0) nonEmpty++;
    }
    assert.ok(nonEmpty > filters.length / 2, `${nonEmpty} of ${filters.length} filters match claims`);

    // Search: every single-word query gives the same hits as the full-text index.
    const vocabulary = [
      ...new Set(
        [...doc.claims.map((c) => c.text), ...doc.assertions.flatMap((a) => (a.quote ? [a.quote] : []))]
          .flatMap((text) => text.split(/\s+/))
          .filter((word) => /^[A-Za-z]{5,}$/.test(word)),
      ),
    ].sort();
    const words = vocabulary.filter((_, i) => i % Math.ceil(vocabulary.length / 60) === 0);
    let searched = 0;
    for (const word of [...words, 'Bukele prison', 'due process of law', "the citizens' rights", 'denaturalise Eighth Amendment']) {
      const fromIndex = await repos().search.search({ text: word, first: 100 });
      const fromMap = await repos().search.search({ text: word, first: 100 }, reader);
      assert.deepEqual(fromMap.map((h) => h.id).sort(), fromIndex.map((h) => h.id).sort(), word);
      if (fromIndex.length > 0) searched++;
    }
    assert.ok(searched > 40, `${searched} words found`);

    // Chains between each claim and the claims downstream of it, and some pairs with none.
    let withChains = 0;
    const claims = doc.claims.map((c) => c.id);
    for (const fromId of claims) {
      const downstream = (await repos().graph.argumentGraph({ rootId: fromId, depth: 6, direction: 'OUTGOING' }))!.nodes
        .filter((n) => n.type === 'Claim' && n.id !== fromId)
        .map((n) => n.id);
      for (const toId of [...downstream.slice(0, 4), claims[(claims.indexOf(fromId) + 7) % claims.length]!]) {
        if (toId === fromId) continue;
        const params = { fromId, toId, maxLength: 6, first: 20 };
        const fromDatabase = await repos().graph.argumentChains(params);
        assert.deepEqual(await repos().graph.argumentChains(params, reader), fromDatabase, JSON.stringify(params));
        if (fromDatabase.length > 0) withChains++;
      }
    }
    assert.ok(withChains > 20, `${withChains} pairs with chains`);
  });

  it('argumentGraph, argumentChains, evaluation and /export at a past revision show the map as it stood then', async () => {
    const doc = (await repos().graphExport.exportGraph())!;
    // A two-step chain p -> a -> c -> b -> d, whose first premise will be deleted.
    const byPremise = (claimId: string) => doc.arguments.filter((a) => a.premiseIds.includes(claimId) && a.conclusionId);
    const first = doc.arguments.find((a) => a.conclusionId && a.premiseIds.length === 1 && byPremise(a.conclusionId).length > 0)!;
    assert.ok(first, 'the seed has a chain of two arguments');
    const [p] = first.premiseIds as [string];
    const c = first.conclusionId!;
    const d = byPremise(c)[0]!.conclusionId!;

    const graphQuery = `query($root: ID!, $at: Int, $asOf: DateTime) {
      argumentGraph(rootId: $root, depth: 2, atRevision: $at, asOf: $asOf) { nodes { id type label distance } edges { id type source target label } } }`;
    const chainsQuery = `query($from: ID!, $to: ID!, $at: Int) {
      argumentChains(fromId: $from, toId: $to, atRevision: $at) { length claims { id text } arguments { id kind conclusion { id } } } }`;
    const evaluationQuery = `query($root: ID!, $at: Int) {
      evaluation(rootId: $root, depth: 2, atRevision: $at) { counts { in out undec } claims(first: 100) { totalCount edges { node { id text } status { label } } } } }`;
    const exported = async (query = '') => {
      const response = await fetch(`${t.url}/export?format=json${query}`);
      assert.equal(response.status, 200, await response.clone().text());
      return (await response.json()) as Record<string, unknown>;
    };

    const revision = await repos().revisions.currentRevision();
    const graphThen = ok(await t.gql(graphQuery, { root: c }));
    const chainsThen = ok(await t.gql(chainsQuery, { from: p, to: d }));
    const evaluationThen = ok(await t.gql(evaluationQuery, { root: c }));
    const exportThen = await exported();
    const rootedThen = await exported(`&root=${encodeURIComponent(c)}&depth=2`);
    const between = await timeBetweenRevisions(t);

    // Change the neighbourhood: reword c, delete p (and the arguments it alone supports), add an attack on c.
    ok(await t.gql(`mutation($id: ID!) { updateClaim(id: $id, input: { text: "A reworded claim for time travel" }) { id } }`, { id: c }));
    ok(await t.gql(`mutation($id: ID!) { deleteClaim(id: $id) }`, { id: p }));
    const attacker = ok(
      await t.gql<{ createClaim: { id: string } }>(
        `mutation { createClaim(input: { text: "An objection made later", kind: VALUE }) { id } }`,
      ),
    ).createClaim.id;
    ok(
      await t.gql(`mutation($p: [ID!]!, $c: ID!) { createArgument(input: { kind: ATTACK, premiseIds: $p, conclusionId: $c }) { id } }`, {
        p: [attacker],
        c,
      }),
    );

    // The present has changed, so the comparisons below can fail.
    assert.notDeepEqual(ok(await t.gql(graphQuery, { root: c })), graphThen);
    assert.notDeepEqual(ok(await t.gql(chainsQuery, { from: p, to: d })), chainsThen);
    assert.notDeepEqual(await exported(), exportThen);

    assert.deepEqual(ok(await t.gql(graphQuery, { root: c, at: revision })), graphThen, 'argumentGraph atRevision');
    assert.deepEqual(ok(await t.gql(graphQuery, { root: c, asOf: between })), graphThen, 'argumentGraph asOf');
    assert.deepEqual(ok(await t.gql(chainsQuery, { from: p, to: d, at: revision })), chainsThen, 'argumentChains atRevision');
    assert.deepEqual(
      ok(await t.gql(evaluationQuery, { root: c, at: revision })),
      evaluationThen,
      'evaluation of a neighbourhood atRevision',
    );
    assert.deepEqual(await exported(`&atRevision=${revision}`), exportThen, '/export atRevision');
    assert.deepEqual(await exported(`&asOf=${encodeURIComponent(between)}`), exportThen, '/export asOf');
    assert.deepEqual(
      await exported(`&root=${encodeURIComponent(c)}&depth=2&atRevision=${revision}`),
      rootedThen,
      'rooted /export atRevision',
    );

    const claimsQuery = `query($at: Int, $where: ClaimWhere) { claims(first: 100, atRevision: $at, where: $where) { totalCount edges { node { id text } } } }`;
    const listedThen = ok(
      await t.gql<{ claims: { totalCount: number; edges: { node: { id: string; text: string } }[] } }>(claimsQuery, { at: revision }),
    );
    assert.equal(listedThen.claims.totalCount, doc.claims.length);
    const textOf = (id: string) => doc.claims.find((x) => x.id === id)!.text;
    const found = async (text: string) =>
      ok(
        await t.gql<{ claims: { edges: { node: { id: string; text: string } }[] } }>(claimsQuery, {
          at: revision,
          where: { textContains: text },
        }),
      ).claims.edges.map((e) => e.node);
    assert.ok(
      (await found(textOf(p))).some((n) => n.id === p),
      'the deleted claim was there',
    );
    assert.ok(
      (await found(textOf(c))).some((n) => n.id === c && n.text === textOf(c)),
      'the reworded claim read as it did',
    );
    assert.ok(!(await found('An objection made later')).some((n) => n.id === attacker), 'the later claim was not');
    const filteredThen = ok(
      await t.gql<{ claims: { edges: { node: { id: string } }[] } }>(claimsQuery, {
        at: revision,
        where: { textContains: 'reworded claim for time' },
      }),
    );
    assert.deepEqual(filteredThen.claims.edges, [], 'the filter reads the text as it was');

    const searchQuery = `query($text: String!, $at: Int) { search(text: $text, first: 100, atRevision: $at) { node { id ... on Claim { text } } } }`;
    type Hits = { search: { node: { id: string; text?: string } }[] };
    const searchNow = ok(await t.gql<Hits>(searchQuery, { text: textOf(p) })).search.map((h) => h.node.id);
    const searchThen = ok(await t.gql<Hits>(searchQuery, { text: textOf(p), at: revision })).search;
    assert.ok(!searchNow.includes(p), 'the deleted claim is not found now');
    assert.ok(
      searchThen.some((h) => h.node.id === p && h.node.text === textOf(p)),
      'it is found as it was then',
    );
    assert.ok(
      !ok(await t.gql<Hits>(searchQuery, { text: 'reworded', at: revision })).search.some((h) => h.node.id === c),
      'the rewording is not found then',
    );

    // The later claim did not exist then; the deleted one did.
    assert.equal(code(await t.gql(graphQuery, { root: attacker, at: revision })), 'NOT_FOUND');
    ok(await t.gql(graphQuery, { root: p, at: revision }));
  });

  it('refuses both asOf and atRevision, a negative revision, a date-time that does not exist, and malformed ones on /export', async () => {
    const both = await t.gql(
      `{ argumentGraph(rootId: "issue:us-citizens-in-foreign-prisons", atRevision: 1, asOf: "2025-01-01T00:00:00Z") { nodes { id } } }`,
    );
    assert.equal(code(both), 'BAD_USER_INPUT');
    const negative = await t.gql(`{ argumentChains(fromId: "claim:a", toId: "claim:b", atRevision: -1) { length } }`);
    assert.equal(code(negative), 'BAD_USER_INPUT');
    for (const asOf of ['2025-02-30T00:00:00Z', '2025-04-20T24:00:00Z', '2025-04-20T12:60:00Z']) {
      const graphAt = await t.gql(`{ argumentGraph(rootId: "issue:us-citizens-in-foreign-prisons", asOf: "${asOf}") { nodes { id } } }`);
      assert.equal(code(graphAt), 'BAD_USER_INPUT', asOf);
    }
    for (const query of [
      'atRevision=abc',
      'atRevision=-2',
      'asOf=yesterday',
      'atRevision=1&asOf=2025-01-01T00:00:00Z',
      'asOf=2025-02-30T00:00:00Z',
      'asOf=2025-04-20T24:00:00Z',
    ]) {
      const response = await fetch(`${t.url}/export?format=json&${query}`);
      assert.equal(response.status, 400, query);
      assert.match(((await response.json()) as { error: string }).error, /atRevision|asOf/);
    }
  });
});
