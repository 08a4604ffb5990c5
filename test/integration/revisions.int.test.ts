// Revisions, history, time travel, no lost updates, revert and named keys with roles, against the real Neo4j.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';
import { timeBetweenRevisions } from '../support/clock.js';

const ALICE = 'alice-key-0123456';
const OPS = 'ops-key-01234567';
const EVE = 'eve-key-01234567';
const KEYS = [`alice:${ALICE}:write`, `ops:${OPS}:admin`, `eve:${EVE}:read`];

type Revision = { revision: number; at: string; keyName: string; operation: string; nodeIds: string[] };
const REVISION = 'revision at keyName operation nodeIds';

const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

describe('revisions', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService({ seed: true, apiKeys: KEYS });
  });
  after(() => t?.close());

  const latest = async () => {
    const r = await t.gql<{ revisions: { edges: { node: Revision }[]; totalCount: number } }>(
      `{ revisions(last: 1) { totalCount edges { node { ${REVISION} } } } }`,
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data!.revisions.edges[0]!.node;
  };
  const exported = async () => JSON.stringify(await t.service.backend.repos.graphExport.exportGraph());
  const counts = () => t.service.backend.repos.database.counts();

  it('keys have roles: a read key cannot write, a write key cannot import, an admin key can', async () => {
    const create = 'mutation { createClaim(input: { text: "Roles are checked", kind: VALUE }) { id } }';
    const byEve = await t.gql(create, {}, EVE);
    assert.equal(code(byEve), 'FORBIDDEN');
    assert.match(byEve.errors![0]!.message, /EDITOR role.*"eve" has VIEWER/);
    const doc = { claims: [{ id: 'claim:imported-by-a-writer', text: 'Imported', kind: 'VALUE' }] };
    const importing = 'mutation($input: ImportGraphInput!) { importGraph(input: $input) { items } }';
    assert.equal(code(await t.gql(importing, { input: doc }, ALICE)), 'FORBIDDEN');
    const byOps = await t.gql(importing, { input: doc }, OPS);
    assert.equal(byOps.errors, undefined, JSON.stringify(byOps.errors));
    const rev = await latest();
    assert.equal(rev.keyName, 'ops');
    assert.equal(rev.operation, 'importGraph');
    assert.deepEqual(rev.nodeIds, ['claim:imported-by-a-writer']);
  });

  it('every write is one revision naming its key, operation and nodes, with before and after; a refused one makes none', async () => {
    const start = await latest();
    const created = await t.gql<{ createClaim: { id: string } }>(
      `mutation { createClaim(input: { text: "History is kept", kind: FACTUAL,
        assertion: { actorId: "actor:donald-trump", sourceId: "source:abc-news-homegrown-criminals", quote: "History is kept" } }) { id } }`,
      {},
      ALICE,
    );
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    const id = created.data!.createClaim.id;
    const rev = await latest();
    assert.equal(rev.revision, start.revision + 1);
    assert.equal(rev.keyName, 'alice');
    assert.equal(rev.operation, 'createClaim');
    assert.ok(rev.nodeIds.includes(id) && rev.nodeIds.some((n) => n.startsWith('assertion:')), rev.nodeIds.join());
    const changes = await t.gql<{
      revisions: {
        edges: {
          node: { changes: { nodeId: string; kind: string; before: unknown; after: { properties: { key: string; value: string }[] } }[] };
        }[];
      };
    }>(
      `{ revisions(last: 1) { edges { node { changes(nodeId: "${id}") { nodeId kind before { properties { key } } after { properties { key value } } } } } } }`,
    );
    assert.equal(changes.errors, undefined, JSON.stringify(changes.errors));
    const [change] = changes.data!.revisions.edges[0]!.node.changes;
    assert.equal(change!.kind, 'CREATED');
    assert.equal(change!.before, null);
    assert.equal(change!.after.properties.find((p) => p.key === 'text')!.value, '"History is kept"');

    const refused = await t.gql(`mutation { updateClaim(id: "${id}", input: { text: "" }) { id } }`, {}, ALICE);
    assert.equal(code(refused), 'BAD_USER_INPUT');
    assert.equal((await latest()).revision, rev.revision, 'a refused write makes no revision');
  });

  it('history, time travel and expectedRevision: an edit made on a stale read is refused and changes nothing', async () => {
    const created = await t.gql<{ createClaim: { id: string } }>(
      'mutation { createClaim(input: { text: "First wording", kind: LEGAL }) { id } }',
      {},
      ALICE,
    );
    const id = created.data!.createClaim.id;
    const first = (await latest()).revision;
    const midway = await timeBetweenRevisions(t);
    const update = (text: string, expected: number) =>
      t.gql<{ updateClaim: { text: string } }>(
        `mutation($expected: Int) { updateClaim(id: "${id}", input: { text: "${text}" }, expectedRevision: $expected) { text } }`,
        { expected },
        ALICE,
      );
    const second = await update('Second wording', first);
    assert.equal(second.errors, undefined, JSON.stringify(second.errors));
    const secondRevision = (await latest()).revision;

    const stale = await update('Lost wording', first);
    assert.equal(code(stale), 'CONFLICT');
    assert.equal(stale.errors![0]!.extensions!.currentRevision, secondRevision);
    assert.equal(stale.errors![0]!.extensions!.field, 'expectedRevision');

    const history = await t.gql<{
      claim: {
        text: string;
        history: {
          totalCount: number;
          edges: { node: { revision: number; operation: string; nodeIds: string[]; changes: { differences: string[] }[] } }[];
        };
      };
    }>(
      `{ claim(id: "${id}") { text history { totalCount edges { node { revision operation nodeIds changes(nodeId: "${id}") { differences } } } } } }`,
    );
    assert.equal(history.data!.claim.text, 'Second wording');
    assert.deepEqual(
      history.data!.claim.history.edges.map((e) => e.node.operation),
      ['createClaim', 'updateClaim'],
    );
    assert.ok(history.data!.claim.history.edges[1]!.node.changes[0]!.differences.includes('text'));
    assert.deepEqual(history.data!.claim.history.edges[1]!.node.nodeIds, [id], 'a history names what each revision changed');

    const then = await t.gql<{ a: { text: string } | null; b: { text: string } | null; c: { text: string } | null }>(
      `{ a: claim(id: "${id}", atRevision: ${first}) { text }
         b: claim(id: "${id}", asOf: "${midway}") { text }
         c: claim(id: "${id}", atRevision: ${first - 1}) { text } }`,
    );
    assert.equal(then.errors, undefined, JSON.stringify(then.errors));
    assert.equal(then.data!.a!.text, 'First wording');
    assert.equal(then.data!.b!.text, 'First wording');
    assert.equal(then.data!.c, null, 'before it was made, the claim did not exist');

    const fresh = await update('Third wording', secondRevision);
    assert.equal(fresh.errors, undefined, JSON.stringify(fresh.errors));
  });

  it('revert puts a deleted claim back with everything that went with it, exactly; CONFLICT guards later edits', async () => {
    const before = await exported();
    const beforeCounts = await counts();
    const deleted = await t.gql(`mutation { deleteClaim(id: "claim:sending-citizens-to-foreign-prisons-is-unlawful") }`, {}, ALICE);
    assert.equal(deleted.errors, undefined, JSON.stringify(deleted.errors));
    const deletion = await latest();
    assert.ok(deletion.nodeIds.length > 3, `the deletion changed ${deletion.nodeIds.length} nodes`);
    assert.notDeepEqual(await counts(), beforeCounts);

    // A writer may undo what she wrote herself; another's revision needs an admin, and a reader may revert nothing.
    assert.equal(code(await t.gql(`mutation { revert(revision: ${deletion.revision}) { revision } }`, {}, EVE)), 'FORBIDDEN');
    const reverted = await t.gql<{ revert: { revision: number; reverted: number; nodeIds: string[] } }>(
      `mutation { revert(revision: ${deletion.revision}) { revision reverted nodeIds } }`,
      {},
      OPS,
    );
    assert.equal(reverted.errors, undefined, JSON.stringify(reverted.errors));
    assert.equal(reverted.data!.revert.reverted, deletion.revision);
    assert.deepEqual(await counts(), beforeCounts);
    assert.equal(await exported(), before, 'the map is exactly as it was');
    const revertRevision = await latest();
    assert.equal(revertRevision.operation, 'revert');
    assert.equal(revertRevision.keyName, 'ops');

    // Undoing the deletion again would overwrite the revert: refused unless forced.
    const again = await t.gql(`mutation { revert(revision: ${deletion.revision}) { revision } }`, {}, OPS);
    assert.equal(code(again), 'CONFLICT');
    assert.deepEqual(await counts(), beforeCounts, 'a refused revert changes nothing');
    // Reverting the revert deletes it all again.
    const redo = await t.gql(`mutation { revert(revision: ${revertRevision.revision}) { revision } }`, {}, OPS);
    assert.equal(redo.errors, undefined, JSON.stringify(redo.errors));
    const gone = await t.gql<{ claim: unknown }>('{ claim(id: "claim:sending-citizens-to-foreign-prisons-is-unlawful") { id } }');
    assert.equal(gone.data!.claim, null);
  });

  it('an import batch records exactly the nodes it changed, a premise it took away included, and reverts exactly', async () => {
    const importing = 'mutation($input: ImportGraphInput!) { importGraph(input: $input) { items } }';
    const claims = ['one', 'two'].map((n) => ({ id: `claim:import-premise-${n}`, text: `Imported premise ${n}`, kind: 'FACTUAL' }));
    const conclusion = { id: 'claim:import-conclusion', text: 'Imported conclusion', kind: 'VALUE' };
    const argument = (premise: string) => ({
      id: 'argument:imported',
      kind: 'SUPPORT',
      premiseIds: [premise],
      conclusionId: conclusion.id,
    });
    const assertion = {
      id: 'assertion:imported',
      claimId: conclusion.id,
      actorId: 'actor:donald-trump',
      sourceId: 'source:abc-news-homegrown-criminals',
      quote: 'Imported conclusion',
    };
    const first = { claims: [...claims, conclusion], arguments: [argument(claims[0]!.id)], assertions: [assertion] };
    assert.equal((await t.gql(importing, { input: first }, OPS)).errors, undefined);
    const created = await latest();
    // The actor and source the assertion points at do not change: their documents hold no incoming relationships.
    assert.deepEqual(
      [...created.nodeIds].sort(),
      [...claims.map((c) => c.id), conclusion.id, 'argument:imported', 'assertion:imported'].sort(),
    );
    const before = await exported();

    // The argument's premise moves from the first claim to the second: both claims change.
    assert.equal((await t.gql(importing, { input: { ...first, arguments: [argument(claims[1]!.id)] } }, OPS)).errors, undefined);
    const moved = await latest();
    assert.deepEqual([...moved.nodeIds].sort(), [claims[0]!.id, claims[1]!.id].sort());
    const reverted = await t.gql(`mutation { revert(revision: ${moved.revision}) { revision } }`, {}, OPS);
    assert.equal(reverted.errors, undefined, JSON.stringify(reverted.errors));
    assert.equal(await exported(), before, 'the revert puts the first premise back');
  });

  it('concurrent writes get distinct, consecutive revisions, each naming what it changed', async () => {
    const start = (await latest()).revision;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.gql<{ createClaim: { id: string } }>(`mutation { createClaim(input: { text: "Parallel ${i}", kind: VALUE }) { id } }`, {}, ALICE),
      ),
    );
    assert.ok(results.every((r) => !r.errors));
    const page = await t.gql<{ revisions: { edges: { node: Revision }[] } }>(
      `query($after: String) { revisions(first: 100, after: $after) { edges { node { ${REVISION} } } } }`,
      { after: Buffer.from(`argmap:v1:revision:${start}`).toString('base64url') },
    );
    const revs = page.data!.revisions.edges.map((e) => e.node);
    assert.deepEqual(
      revs.map((r) => r.revision),
      Array.from({ length: 12 }, (_, i) => start + 1 + i),
    );
    assert.deepEqual(revs.map((r) => r.nodeIds[0]).sort(), results.map((r) => r.data!.createClaim.id).sort());
  });

  it('a write that changes nothing takes no revision number: revisions stay consecutive and currentRevision is the newest', async () => {
    const importing = 'mutation($input: ImportGraphInput!) { importGraph(input: $input) { items } }';
    const probe = { issues: [{ id: 'issue:gap-probe', question: 'Gap probe?' }] };
    const current = async () => {
      const r = await t.gql<{ currentRevision: number }>('{ currentRevision }');
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      return r.data!.currentRevision;
    };
    const start = await current();
    assert.equal((await latest()).revision, start);
    assert.equal((await t.gql(importing, { input: probe }, OPS)).errors, undefined);
    assert.equal(await current(), start + 1);
    // The same import again, and again alongside writes that do change the map.
    const results = await Promise.all([
      t.gql(importing, { input: probe }, OPS),
      ...Array.from({ length: 6 }, (_, i) =>
        i % 2 === 0
          ? t.gql(importing, { input: probe }, OPS)
          : t.gql(`mutation { createClaim(input: { text: "Between no-op writes ${i}", kind: VALUE }) { id } }`, {}, ALICE),
      ),
    ]);
    assert.ok(
      results.every((r) => !r.errors),
      JSON.stringify(results.map((r) => r.errors)),
    );
    const now = await current();
    assert.equal(now, start + 1 + 3, 'three writes changed the map, four changed nothing');
    const page = await t.gql<{ revisions: { edges: { node: Revision }[] } }>(
      `query($after: String) { revisions(first: 100, after: $after) { edges { node { ${REVISION} } } } }`,
      { after: Buffer.from(`argmap:v1:revision:${start}`).toString('base64url') },
    );
    assert.deepEqual(
      page.data!.revisions.edges.map((e) => e.node.revision),
      [start + 1, start + 2, start + 3, start + 4],
    );
    const newest = await t.gql<{ node: { id: string } | null }>(`{ node(id: "revision:${now}") { id } }`);
    assert.equal(newest.data?.node?.id, `revision:${now}`);
  });

  it('evaluates the map as it stood at a past revision, exactly as it was evaluated then', async () => {
    type Ev = {
      evaluation: {
        revision: number;
        counts: { in: number; out: number; undec: number };
        out: { totalCount: number; edges: { node: { id: string; text: string } }[] };
        all: { totalCount: number };
      };
    };
    const EV = `revision counts { in out undec }
      out: claims(label: OUT, first: 100) { totalCount edges { node { id text } } }
      all: claims { totalCount }`;
    const then = await t.gql<Ev>(`{ evaluation(semantics: GROUNDED) { ${EV} } }`);
    assert.equal(then.errors, undefined, JSON.stringify(then.errors));
    const at = then.data!.evaluation.revision;
    // Delete a claim the map rejects, and one more: both are gone now, and were there then.
    const rejected = then.data!.evaluation.out.edges[0]!.node;
    assert.ok(rejected, 'the map rejects some claim');
    assert.equal((await t.gql(`mutation { deleteClaim(id: "${rejected.id}") }`, {}, ALICE)).errors, undefined);
    assert.equal((await t.gql('mutation { deleteClaim(id: "claim:foreign-imprisonment-costs-less") }', {}, ALICE)).errors, undefined);
    const now = await t.gql<Ev>(`{ evaluation(semantics: GROUNDED) { ${EV} } }`);
    assert.notDeepEqual(now.data!.evaluation.out, then.data!.evaluation.out, 'the changes changed the evaluation');
    assert.notEqual(now.data!.evaluation.all.totalCount, then.data!.evaluation.all.totalCount);

    const past = await t.gql<Ev>(`{ evaluation(semantics: GROUNDED, atRevision: ${at}) { ${EV} } }`);
    assert.equal(past.errors, undefined, JSON.stringify(past.errors));
    assert.deepEqual(past.data!.evaluation, then.data!.evaluation);
    assert.ok(past.data!.evaluation.out.edges.some((e) => e.node.id === rejected.id && e.node.text === rejected.text));
    const refused = await t.gql(`{ evaluation(atRevision: ${at}, asOf: "2025-04-20T00:00:00Z") { revision } }`);
    assert.equal(code(refused), 'BAD_USER_INPUT');
  });
});
