// Merging claims and actors (DESIGN.md section 9), against the real Neo4j through HTTP: everything
// that pointed at a merged node points at the survivor, duplicates collapse, the merged ids keep
// naming the survivor, evaluation sees one claim, and one `revert` gives back exactly the map before
// (its JSON export compared). Property tests: for random small maps, merge then revert is the
// identity, and a merge commutes with export and import.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import fc from 'fast-check';
import { IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EDITOR = 'editor-key-0123456';
const ADMIN = 'admin-key-01234567';
const READER = 'reader-key-0123456';
const KEYS = [`editor:${EDITOR}:write`, `admin:${ADMIN}:admin`, `reader:${READER}:read`];

/** A few runs each: the machine is shared, and each run makes a map, imports, merges and reverts. */
const RUNS = 15;

/**
 * Claims `claim:s` (the survivor), `claim:f` and `claim:g` (to merge into it) and what points at
 * them, of every kind; actors `actor:p` (the survivor) and `actor:pp` (the same person again).
 */
const document = {
  issues: [
    { id: 'issue:q', question: 'May it be done?' },
    { id: 'issue:r', question: 'Should it be done?' },
  ],
  actors: [
    { id: 'actor:p', name: 'Pat', kind: 'PERSON' },
    { id: 'actor:pp', name: 'Pat P.', kind: 'PERSON', description: 'the same senator' },
    { id: 'actor:o', name: 'Org', kind: 'ORGANIZATION' },
    { id: 'actor:o2', name: 'Other org', kind: 'ORGANIZATION' },
    { id: 'actor:m', name: 'Max', kind: 'PERSON' },
    { id: 'actor:n', name: 'Nat', kind: 'PERSON' },
  ],
  affiliations: [
    { actorId: 'actor:p', organizationId: 'actor:o', role: 'adviser' },
    { actorId: 'actor:pp', organizationId: 'actor:o', role: 'member' },
    { actorId: 'actor:pp', organizationId: 'actor:o2', role: 'staff' },
    { actorId: 'actor:pp', organizationId: 'actor:p', role: 'alias' },
    { actorId: 'actor:m', organizationId: 'actor:pp', role: 'colleague' },
    { actorId: 'actor:n', organizationId: 'actor:pp', role: 'aide' },
    { actorId: 'actor:n', organizationId: 'actor:p', role: 'friend' },
  ],
  sources: [{ id: 'source:s', title: 'S', kind: 'NEWS' }],
  provisions: [
    { id: 'provision:one', name: 'One', kind: 'STATUTE' },
    { id: 'provision:two', name: 'Two', kind: 'STATUTE' },
  ],
  claims: ['s', 'f', 'g', 'k2', 'k3', 'k4', 'k5', 'k6'].map((k) => ({ id: `claim:${k}`, text: `Claim ${k}`, kind: 'LEGAL' })),
  arguments: [
    { id: 'argument:a1', kind: 'SUPPORT', premiseIds: ['claim:f', 'claim:k2'], conclusionId: 'claim:k3', scheme: 'Argument from Rule' },
    { id: 'argument:a2', kind: 'ATTACK', attackKind: 'REBUT', premiseIds: ['claim:k4'], conclusionId: 'claim:f' },
    { id: 'argument:a3', kind: 'SUPPORT', premiseIds: ['claim:k5', 'claim:f', 'claim:s'], conclusionId: 'claim:k3' },
    { id: 'argument:a4', kind: 'SUPPORT', premiseIds: ['claim:g'], conclusionId: 'claim:k6' },
    { id: 'argument:loop', kind: 'SUPPORT', premiseIds: ['claim:k5'], conclusionId: 'claim:k6' },
    { id: 'argument:u', kind: 'ATTACK', premiseIds: ['claim:k2'], targetArgumentId: 'argument:a1' },
  ],
  assertions: [
    { id: 'assertion:x1', actorId: 'actor:p', claimId: 'claim:s', sourceId: 'source:s', quote: 's it is' },
    { id: 'assertion:x2', actorId: 'actor:pp', claimId: 'claim:f', sourceId: 'source:s', quote: 'f it is', date: '2025-04-13' },
    { id: 'assertion:x3', actorId: 'actor:o', claimId: 'claim:g' },
    { id: 'assertion:x4', actorId: 'actor:pp', argumentId: 'argument:a1' },
  ],
  citations: [
    { claimId: 'claim:s', provisionId: 'provision:one', role: 'PROHIBITS', note: 'the survivor' },
    { claimId: 'claim:f', provisionId: 'provision:one', role: 'PERMITS', note: 'merged' },
    { claimId: 'claim:f', provisionId: 'provision:two', role: 'CONTEXT' },
    { claimId: 'claim:g', provisionId: 'provision:two', role: 'REQUIRES' },
  ],
  positions: [
    { claimId: 'claim:s', issueId: 'issue:q', stance: 'PRO' },
    { claimId: 'claim:f', issueId: 'issue:q', stance: 'CON' },
    { claimId: 'claim:f', issueId: 'issue:r', stance: 'NEUTRAL' },
  ],
};

const MERGE_CLAIMS = `mutation ($into: ID!, $from: [ID!]!, $expectedRevision: Int) {
  mergeClaims(intoId: $into, fromIds: $from, expectedRevision: $expectedRevision) { id mergedFrom }
}`;
const MERGE_ACTORS = `mutation ($into: ID!, $from: [ID!]!, $expectedRevision: Int) {
  mergeActors(intoId: $into, fromIds: $from, expectedRevision: $expectedRevision) { id mergedFrom }
}`;

const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const field = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.field;

describe('merging claims and actors', () => {
  let t: TestService;

  before(async () => {
    t = await startTestService({ apiKeys: KEYS });
  });
  after(() => t?.close());

  const exportOf = async (mapId = 'map:default') => {
    const response = await fetch(`${t.url}/export?format=json&mapId=${encodeURIComponent(mapId)}`);
    assert.equal(response.status, 200);
    return response.text();
  };
  const ok = async (query: string, variables: Record<string, unknown> = {}, key: string | null = EDITOR) => {
    const r = await t.gql<Data>(query, variables, key);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data!;
  };
  const latest = async (mapId = 'map:default') => {
    const r = await ok('query ($m: ID) { revisions(mapId: $m, last: 1) { edges { node { revision keyName operation nodeIds } } } }', {
      m: mapId,
    });
    return r.revisions.edges[0].node as { revision: number; keyName: string; operation: string; nodeIds: string[] };
  };
  const revert = (revision: number, mapId?: string, force = false) =>
    ok(
      `mutation ($r: Int!, $m: ID, $f: Boolean) { revert(revision: $r, mapId: $m, force: $f) { revision } }`,
      { r: revision, m: mapId, f: force },
      ADMIN,
    );

  /** A refused write: its code (and field, message), and the map and its revision as they were. */
  async function refused(query: string, variables: Record<string, unknown>, expected: { code: string; field?: string; message?: RegExp }) {
    const map = await exportOf();
    const revision = (await latest()).revision;
    const r = await t.gql<Data>(query, variables, EDITOR);
    assert.equal(code(r), expected.code, JSON.stringify(r.errors));
    if (expected.field) assert.equal(field(r), expected.field, JSON.stringify(r.errors));
    if (expected.message) assert.match(r.errors![0]!.message, expected.message);
    assert.equal(await exportOf(), map, 'a refused merge changes nothing');
    assert.equal((await latest()).revision, revision, 'a refused merge makes no revision');
    return r;
  }

  describe('in the fixture map', () => {
    let elsewhere: string;
    beforeEach(async () => {
      // A clean map each time: what an earlier case merged for good is gone.
      await t.service.backend.repos.database.deleteEverything();
      await ok(IMPORT_MUTATION, { input: document }, ADMIN);
      // A second map, whose nodes no merge in the first may take.
      elsewhere = (await ok('mutation { createMap(input: { name: "Merging elsewhere" }) { id } }')).createMap.id as string;
      await ok('mutation ($m: ID) { createClaim(mapId: $m, input: { id: "claim:elsewhere", text: "Elsewhere", kind: VALUE }) { id } }', {
        m: elsewhere,
      });
      await ok('mutation ($m: ID) { createActor(mapId: $m, input: { id: "actor:elsewhere", name: "Elsewhere", kind: PERSON }) { id } }', {
        m: elsewhere,
      });
    });

    it('mergeClaims moves assertions, premises (in order), conclusions, citations and positions, collapsing duplicates', async () => {
      const before = await exportOf();
      const start = await latest();
      const done = await ok(MERGE_CLAIMS, { into: 'claim:s', from: ['claim:f', 'claim:g'], expectedRevision: start.revision });
      assert.deepEqual(done.mergeClaims, { id: 'claim:s', mergedFrom: ['claim:f', 'claim:g'] });

      const revision = await latest();
      assert.equal(revision.revision, start.revision + 1, 'one revision');
      assert.equal(revision.operation, 'mergeClaims');
      assert.equal(revision.keyName, 'editor');
      // Every node whose state changed: the survivor, the merged claims, the assertions and arguments that pointed at them.
      for (const id of ['claim:s', 'claim:f', 'claim:g', 'assertion:x2', 'assertion:x3', 'argument:a2']) {
        assert.ok(revision.nodeIds.includes(id), `${id} in ${revision.nodeIds.join(', ')}`);
      }

      const s = (
        await ok(`{ claim(id: "claim:s") {
          assertions { id } supportedBy { id } attackedBy { id }
          premiseOf { id premises { id } }
          citations { provision { id } role note }
          positions { issue { id } stance }
        } }`)
      ).claim;
      assert.deepEqual(s.assertions.map((a: Data) => a.id).sort(), ['assertion:x1', 'assertion:x2', 'assertion:x3']);
      assert.deepEqual(s.attackedBy, [{ id: 'argument:a2' }]);
      assert.deepEqual(s.supportedBy, []);
      const premiseOf = Object.fromEntries(s.premiseOf.map((a: Data) => [a.id, a.premises.map((p: Data) => p.id)]));
      assert.deepEqual(premiseOf, {
        'argument:a1': ['claim:s', 'claim:k2'],
        // Both were premises: the survivor once, at the merged claim's earlier place.
        'argument:a3': ['claim:k5', 'claim:s'],
        'argument:a4': ['claim:s'],
      });
      // The survivor's citation and stance stand; of the merged claims', the first listed (f before g).
      const citations = [...s.citations].sort((a: Data, b: Data) => a.provision.id.localeCompare(b.provision.id));
      assert.deepEqual(citations, [
        { provision: { id: 'provision:one' }, role: 'PROHIBITS', note: 'the survivor' },
        { provision: { id: 'provision:two' }, role: 'CONTEXT', note: null },
      ]);
      const positions = [...s.positions].sort((a: Data, b: Data) => a.issue.id.localeCompare(b.issue.id));
      assert.deepEqual(positions, [
        { issue: { id: 'issue:q' }, stance: 'PRO' },
        { issue: { id: 'issue:r' }, stance: 'NEUTRAL' },
      ]);
      // Nothing else points at the merged claims: they are gone, and the export holds the survivor alone.
      const doc = JSON.parse(await exportOf()) as Data;
      assert.deepEqual(
        doc.claims.map((c: Data) => c.id),
        ['claim:k2', 'claim:k3', 'claim:k4', 'claim:k5', 'claim:k6', 'claim:s'],
      );
      assert.equal(JSON.stringify(doc).includes('claim:f"'), false);

      // In the past: the merged claim as it was before the merge, the survivor from the merge on.
      assert.deepEqual(
        await ok(
          'query ($b: Int, $a: Int) { then: claim(id: "claim:f", atRevision: $b) { id text } now: claim(id: "claim:f", atRevision: $a) { id } }',
          {
            b: start.revision,
            a: revision.revision,
          },
        ),
        { then: { id: 'claim:f', text: 'Claim f' }, now: { id: 'claim:s' } },
      );

      await revert(revision.revision);
      assert.equal(await exportOf(), before, 'revert gives back exactly the map before the merge');
      const back = await ok('{ s: claim(id: "claim:s") { id mergedFrom } f: node(id: "claim:f") { id } g: claim(id: "claim:g") { id } }');
      assert.deepEqual(back, { s: { id: 'claim:s', mergedFrom: [] }, f: { id: 'claim:f' }, g: { id: 'claim:g' } });
    });

    it('merged ids keep naming the survivor, through merges of merges, and no new node may take them', async () => {
      await ok(MERGE_CLAIMS, { into: 'claim:f', from: ['claim:g'] });
      const first = await latest();
      await ok(MERGE_CLAIMS, { into: 'claim:s', from: ['claim:f'] });
      const second = await latest();
      const read = async () =>
        ok(`{
          node: node(id: "claim:g") { id }
          claim: claim(id: "claim:f") { id mergedFrom text }
          nodes: nodes(ids: ["claim:g", "claim:f", "claim:s"]) { id }
          s: claim(id: "claim:s") { mergedFrom }
        }`);
      assert.deepEqual(await read(), {
        node: { id: 'claim:s' },
        claim: { id: 'claim:s', mergedFrom: ['claim:f', 'claim:g'], text: 'Claim s' },
        nodes: [{ id: 'claim:s' }, { id: 'claim:s' }, { id: 'claim:s' }],
        s: { mergedFrom: ['claim:f', 'claim:g'] },
      });
      // A merged id is taken, as any node's id is; a generated id skips it.
      const taken = await t.gql('mutation { createClaim(input: { id: "claim:g", text: "Claim g", kind: LEGAL }) { id } }', {}, EDITOR);
      assert.equal(code(taken), 'CONFLICT', JSON.stringify(taken.errors));
      const imported = await t.gql(
        'mutation ($m: ID, $input: ImportGraphInput!) { importGraph(mapId: $m, input: $input) { items } }',
        { m: elsewhere, input: { claims: [{ id: 'claim:g', text: 'Claim g', kind: 'LEGAL' }] } },
        ADMIN,
      );
      assert.equal(code(imported), 'CONFLICT', JSON.stringify(imported.errors));
      const again = await t.gql(IMPORT_MUTATION, { input: { claims: [{ id: 'claim:g', text: 'Claim g', kind: 'LEGAL' }] } }, ADMIN);
      assert.equal(code(again), 'CONFLICT', JSON.stringify(again.errors));
      assert.match(again.errors![0]!.message, /claim:g\) were merged into other items of map:default/);
      const made = await ok('mutation { createClaim(input: { text: "f", kind: LEGAL }) { id } }');
      assert.equal(made.createClaim.id, 'claim:f-2');
      await ok('mutation ($id: ID!) { deleteClaim(id: $id) }', { id: 'claim:f-2' });

      await revert(second.revision);
      assert.deepEqual(
        await ok('{ g: node(id: "claim:g") { id } f: claim(id: "claim:f") { id mergedFrom } s: claim(id: "claim:s") { mergedFrom } }'),
        { g: { id: 'claim:f' }, f: { id: 'claim:f', mergedFrom: ['claim:g'] }, s: { mergedFrom: [] } },
      );
      // The revert of the second merge changed the same claims since: the first is undone with force.
      await revert(first.revision, undefined, true);
      assert.deepEqual(await ok('{ g: node(id: "claim:g") { id } f: claim(id: "claim:f") { id mergedFrom } }'), {
        g: { id: 'claim:g' },
        f: { id: 'claim:f', mergedFrom: [] },
      });
    });

    it('refuses a bad merge with a coded error naming the field, and writes nothing', async () => {
      await refused(MERGE_CLAIMS, { into: 'claim:s', from: [] }, { code: 'BAD_USER_INPUT', field: 'fromIds' });
      await refused(MERGE_CLAIMS, { into: 'claim:s', from: ['claim:f', 'claim:s'] }, { code: 'BAD_USER_INPUT', field: 'fromIds[1]' });
      await refused(MERGE_CLAIMS, { into: 'claim:s', from: ['claim:f', 'claim:f'] }, { code: 'BAD_USER_INPUT', field: 'fromIds[1]' });
      await refused(MERGE_CLAIMS, { into: 'claim:s', from: ['actor:p'] }, { code: 'BAD_USER_INPUT', field: 'fromIds[0]' });
      await refused(MERGE_CLAIMS, { into: 'claim:nobody', from: ['claim:f'] }, { code: 'NOT_FOUND', field: 'intoId' });
      await refused(MERGE_CLAIMS, { into: 'claim:s', from: ['claim:f', 'claim:nobody'] }, { code: 'NOT_FOUND', field: 'fromIds[1]' });
      await refused(
        MERGE_CLAIMS,
        { into: 'claim:s', from: ['claim:elsewhere'] },
        { code: 'BAD_USER_INPUT', field: 'fromIds[0]', message: /map:/ },
      );
      await refused(MERGE_ACTORS, { into: 'actor:p', from: ['actor:elsewhere'] }, { code: 'BAD_USER_INPUT', field: 'fromIds[0]' });
      await refused(MERGE_ACTORS, { into: 'actor:p', from: ['actor:p'] }, { code: 'BAD_USER_INPUT', field: 'fromIds[0]' });
      // An argument would conclude in its own premise: refused, naming it.
      await refused(
        MERGE_CLAIMS,
        { into: 'claim:k6', from: ['claim:k2', 'claim:k5'] },
        { code: 'BAD_USER_INPUT', field: 'fromIds', message: /"argument:loop"/ },
      );
      await refused(MERGE_CLAIMS, { into: 'claim:k4', from: ['claim:f'] }, { code: 'BAD_USER_INPUT', message: /"argument:a2"/ });
      // A stale expectedRevision (read before the map held the claims).
      await refused(
        MERGE_CLAIMS,
        { into: 'claim:s', from: ['claim:f'], expectedRevision: 0 },
        { code: 'CONFLICT', field: 'expectedRevision' },
      );
      const map = await exportOf();
      for (const [query, variables] of [
        [MERGE_CLAIMS, { into: 'claim:s', from: ['claim:f'] }],
        [MERGE_ACTORS, { into: 'actor:p', from: ['actor:pp'] }],
      ] as const) {
        assert.equal(code(await t.gql(query, variables, READER)), 'FORBIDDEN');
        assert.equal(code(await t.gql(query, variables, null)), 'UNAUTHENTICATED');
      }
      assert.equal(await exportOf(), map);
    });

    it('mergeActors moves assertions and affiliations both ways, collapsing duplicates and dropping one with itself', async () => {
      const before = await exportOf();
      const done = await ok(MERGE_ACTORS, { into: 'actor:p', from: ['actor:pp'], expectedRevision: (await latest()).revision });
      assert.deepEqual(done.mergeActors, { id: 'actor:p', mergedFrom: ['actor:pp'] });
      const revision = await latest();
      assert.equal(revision.operation, 'mergeActors');
      const read = await ok(`{
        p: actor(id: "actor:p") { assertions { id } affiliations { organization { id } role } members { person { id } role } }
        pp: actor(id: "actor:pp") { id name mergedFrom }
        node(id: "actor:pp") { id }
        x2: assertion(id: "assertion:x2") { actor { id } }
      }`);
      assert.deepEqual(read.p.assertions.map((a: Data) => a.id).sort(), ['assertion:x1', 'assertion:x2', 'assertion:x4']);
      const byId = (a: Data, b: Data) => JSON.stringify(a).localeCompare(JSON.stringify(b));
      // The survivor's own affiliation with Org stands (adviser, not member); staff moved; the alias (with itself) dropped.
      assert.deepEqual([...read.p.affiliations].sort(byId), [
        { organization: { id: 'actor:o' }, role: 'adviser' },
        { organization: { id: 'actor:o2' }, role: 'staff' },
      ]);
      // Max's affiliation moved to the survivor; Nat's own with the survivor stands (friend, not aide).
      assert.deepEqual([...read.p.members].sort(byId), [
        { person: { id: 'actor:m' }, role: 'colleague' },
        { person: { id: 'actor:n' }, role: 'friend' },
      ]);
      assert.deepEqual(read.pp, { id: 'actor:p', name: 'Pat', mergedFrom: ['actor:pp'] });
      assert.deepEqual(read.node, { id: 'actor:p' });
      assert.deepEqual(read.x2, { actor: { id: 'actor:p' } });
      const taken = await t.gql('mutation { createActor(input: { id: "actor:pp", name: "Pat", kind: PERSON }) { id } }', {}, EDITOR);
      assert.equal(code(taken), 'CONFLICT');

      await revert(revision.revision);
      assert.equal(await exportOf(), before, 'revert gives back exactly the map before the merge');
      assert.deepEqual(await ok('{ node(id: "actor:pp") { id } actor(id: "actor:p") { mergedFrom } }'), {
        node: { id: 'actor:pp' },
        actor: { mergedFrom: [] },
      });
    });

    it('deleting a survivor frees its merged ids; reverting the delete takes them back', async () => {
      await ok(MERGE_CLAIMS, { into: 'claim:s', from: ['claim:f'] });
      await ok('mutation { deleteClaim(id: "claim:s") }');
      const deleted = await latest();
      assert.deepEqual(await ok('{ node(id: "claim:f") { id } }'), { node: null });
      await revert(deleted.revision);
      assert.deepEqual(await ok('{ node(id: "claim:f") { id } }'), { node: { id: 'claim:s' } });
    });
  });

  describe('evaluation', () => {
    /**
     * k1 rebuts s; f is the premise of an attack on t. Merged, f is s, which k1 defeats: the attack
     * on t falls and t is IN. `one` builds the map with f and s as one claim from the start.
     */
    const evaluated = (prefix: string, one: boolean) => {
      const id = (k: string) => `claim:${prefix}-${one && k === 'f' ? 's' : k}`;
      return {
        claims: ['s', 'k1', 't', ...(one ? [] : ['f'])].map((k) => ({ id: id(k), text: `Claim ${k}`, kind: 'FACTUAL' })),
        arguments: [
          { id: `argument:${prefix}-a`, kind: 'ATTACK', attackKind: 'REBUT', premiseIds: [id('k1')], conclusionId: id('s') },
          { id: `argument:${prefix}-b`, kind: 'ATTACK', attackKind: 'REBUT', premiseIds: [id('f')], conclusionId: id('t') },
        ],
      };
    };
    const labels = async (mapId: string, prefix: string) => {
      const r = await ok(
        'query ($m: ID, $s: Semantics) { evaluation(mapId: $m, semantics: $s) { claims(first: 100) { edges { node { id } status { label } } } } }',
        { m: mapId, s: 'PREFERRED' },
      );
      const grounded = await ok(
        'query ($m: ID) { evaluation(mapId: $m) { claims(first: 100) { edges { node { id } status { label } } } } }',
        {
          m: mapId,
        },
      );
      const of = (data: Data) =>
        Object.fromEntries(
          data.evaluation.claims.edges.map((e: Data) => [(e.node.id as string).replace(`claim:${prefix}-`, ''), e.status.label as string]),
        );
      return { preferred: of(r), grounded: of(grounded) };
    };

    it('labels the merged map as the map built with the claims as one (the cache sees the merge)', async () => {
      const merged = (await ok('mutation { createMap(input: { name: "Merged later" }) { id } }')).createMap.id as string;
      const one = (await ok('mutation { createMap(input: { name: "One from the start" }) { id } }')).createMap.id as string;
      await ok(
        'mutation ($m: ID, $input: ImportGraphInput!) { importGraph(mapId: $m, input: $input) { items } }',
        { m: merged, input: evaluated('ml', false) },
        ADMIN,
      );
      await ok(
        'mutation ($m: ID, $input: ImportGraphInput!) { importGraph(mapId: $m, input: $input) { items } }',
        { m: one, input: evaluated('ol', true) },
        ADMIN,
      );
      // Evaluated before the merge: the cache holds the map with two claims.
      const before = await labels(merged, 'ml');
      assert.equal(before.grounded.t, 'OUT');
      await ok(MERGE_CLAIMS, { into: 'claim:ml-s', from: ['claim:ml-f'] });
      const after = await labels(merged, 'ml');
      assert.deepEqual(after, await labels(one, 'ol'));
      assert.equal(after.grounded.t, 'IN');
      assert.equal(after.grounded.f, undefined);
    });
  });

  describe('properties of random small maps', () => {
    /** A small map: claims c0..c(n-1), arguments, citations, positions and assertions among them. */
    const smallMap = fc.integer({ min: 2, max: 5 }).chain((n) => {
      const claim = fc.integer({ min: 0, max: n - 1 });
      const argument = fc.record({
        premises: fc.uniqueArray(claim, { minLength: 1, maxLength: 2 }),
        conclusion: claim,
        attack: fc.boolean(),
      });
      return fc.record({
        n: fc.constant(n),
        arguments: fc.array(argument, { minLength: 1, maxLength: 4 }).map((list) => list.filter((a) => !a.premises.includes(a.conclusion))),
        citations: fc.uniqueArray(
          fc.record({ claim, provision: fc.integer({ min: 0, max: 1 }), role: fc.constantFrom('PROHIBITS', 'PERMITS', 'CONTEXT') }),
          { maxLength: 4, selector: (c) => `${c.claim}-${c.provision}` },
        ),
        positions: fc.uniqueArray(
          fc.record({ claim, issue: fc.integer({ min: 0, max: 1 }), stance: fc.constantFrom('PRO', 'CON', 'NEUTRAL') }),
          { maxLength: 4, selector: (p) => `${p.claim}-${p.issue}` },
        ),
        assertions: fc.array(fc.record({ claim, actor: fc.integer({ min: 0, max: 1 }) }), { maxLength: 4 }),
        pair: fc.uniqueArray(claim, { minLength: 2, maxLength: 2 }),
      });
    });
    type SmallMap = typeof smallMap extends fc.Arbitrary<infer T> ? T : never;

    /** The map as an import document, every id under `prefix` (ids are unique across maps). */
    const documentOf = (m: SmallMap, prefix: string) => {
      const claim = (i: number) => `claim:${prefix}-c${i}`;
      return {
        issues: [0, 1].map((i) => ({ id: `issue:${prefix}-i${i}`, question: `Question ${i}?` })),
        actors: [0, 1].map((i) => ({ id: `actor:${prefix}-p${i}`, name: `Person ${i}`, kind: 'PERSON' })),
        provisions: [0, 1].map((i) => ({ id: `provision:${prefix}-r${i}`, name: `Rule ${i}`, kind: 'STATUTE' })),
        claims: Array.from({ length: m.n }, (_, i) => ({ id: claim(i), text: `Claim ${i}`, kind: 'FACTUAL' })),
        arguments: m.arguments.map((a, i) => ({
          id: `argument:${prefix}-a${i}`,
          kind: a.attack ? 'ATTACK' : 'SUPPORT',
          ...(a.attack ? { attackKind: 'REBUT' } : {}),
          premiseIds: a.premises.map(claim),
          conclusionId: claim(a.conclusion),
        })),
        citations: m.citations.map((c) => ({ claimId: claim(c.claim), provisionId: `provision:${prefix}-r${c.provision}`, role: c.role })),
        positions: m.positions.map((p) => ({ claimId: claim(p.claim), issueId: `issue:${prefix}-i${p.issue}`, stance: p.stance })),
        assertions: m.assertions.map((a, i) => ({
          id: `assertion:${prefix}-x${i}`,
          actorId: `actor:${prefix}-p${a.actor}`,
          claimId: claim(a.claim),
        })),
      };
    };
    /** Whether merging the pair would leave an argument concluding in its own premise. */
    const loops = (m: SmallMap) => m.arguments.some((a) => m.pair.includes(a.conclusion) && a.premises.some((p) => m.pair.includes(p)));

    let runs = 0;
    /** A fresh map holding the small map under a fresh prefix. */
    const freshMap = async (m: SmallMap, prefix: string) => {
      const mapId = (await ok('mutation ($n: String!) { createMap(input: { name: $n }) { id } }', { n: `Random ${prefix}` })).createMap
        .id as string;
      await ok(
        'mutation ($m: ID, $input: ImportGraphInput!) { importGraph(mapId: $m, input: $input) { items } }',
        { m: mapId, input: documentOf(m, prefix) },
        ADMIN,
      );
      return mapId;
    };
    const mergePair = (m: SmallMap, prefix: string) =>
      t.gql<Data>(MERGE_CLAIMS, { into: `claim:${prefix}-c${m.pair[0]}`, from: [`claim:${prefix}-c${m.pair[1]}`] }, EDITOR);

    it('merge then revert gives back the same export (a merge that would loop is refused and changes nothing)', async () => {
      await fc.assert(
        fc.asyncProperty(smallMap, async (m) => {
          const prefix = `mr${(runs += 1)}`;
          const mapId = await freshMap(m, prefix);
          const before = await exportOf(mapId);
          const merged = await mergePair(m, prefix);
          if (loops(m)) {
            assert.equal(code(merged), 'BAD_USER_INPUT', JSON.stringify(merged.errors));
            assert.equal(await exportOf(mapId), before);
            return;
          }
          assert.equal(merged.errors, undefined, JSON.stringify(merged.errors));
          assert.notEqual(await exportOf(mapId), before);
          await revert((await latest(mapId)).revision, mapId);
          assert.equal(await exportOf(mapId), before);
        }),
        { numRuns: RUNS },
      );
    });

    it('merge commutes with export and import: merged then exported equals exported, imported afresh, merged there', async () => {
      await fc.assert(
        fc.asyncProperty(
          smallMap.filter((m) => !loops(m)),
          async (m) => {
            const a = `ca${(runs += 1)}`;
            const b = `cb${runs}`;
            const mapA = await freshMap(m, a);
            // The export of the map as it was, imported into a fresh map under other ids (ids are unique across maps).
            const exported = (await exportOf(mapA)).replaceAll(`:${a}-`, `:${b}-`);
            const mapB = (await ok('mutation ($n: String!) { createMap(input: { name: $n }) { id } }', { n: `Copy ${b}` })).createMap
              .id as string;
            await ok(
              'mutation ($m: ID, $f: DocumentFormat!, $c: String!) { importDocument(mapId: $m, input: { format: $f, content: $c }) { __typename } }',
              { m: mapB, f: 'JSON', c: exported },
              ADMIN,
            );
            const mergedA = await mergePair(m, a);
            assert.equal(mergedA.errors, undefined, JSON.stringify(mergedA.errors));
            const mergedB = await mergePair(m, b);
            assert.equal(mergedB.errors, undefined, JSON.stringify(mergedB.errors));
            const normal = (text: string, prefix: string, mapId: string) =>
              text.replaceAll(`:${prefix}-`, ':x-').replaceAll(mapId, 'map:x');
            assert.equal(normal(await exportOf(mapB), b, mapB), normal(await exportOf(mapA), a, mapA));
          },
        ),
        { numRuns: RUNS },
      );
    });
  });
});
