import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { subscribeSse } from '../support/sse.js';
import { startTestService, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ISSUE = 'issue:us-citizens-in-foreign-prisons';
const VERDICTS = `query ($mapId: ID) {
  issue(id: "${ISSUE}") { verdict { semantics answer extensionCount } }
  evaluation(mapId: $mapId, semantics: STABLE) { counts { in out undec } extensionCount }
}`;

/** Every node id in an answer (strings of the form `claim:...`, `actor:...`, ...). */
function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (/^(claim|argument|actor|source|provision|assertion|issue|proposal):[a-z0-9-]+$/.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) idsIn(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) idsIn(v, into);
  }
  return into;
}

async function schema() {
  const dir = path.resolve('schema');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql'));
  return buildSchema((await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n'));
}

/**
 * Root fields that take no `mapId` on purpose: reads and writes by id (ids are unique across
 * maps, and the node names its map), and the maps themselves. Any other root field must take
 * `mapId`, and must have an isolation case below.
 */
const BY_ID_OR_MAPS = new Set([
  'Query.node',
  'Query.nodes',
  'Query.claim',
  'Query.argument',
  'Query.actor',
  'Query.assertion',
  'Query.source',
  'Query.provision',
  'Query.issue',
  'Query.maps',
  'Query.map',
  'Query.me',
  'Mutation.updateClaim',
  'Mutation.deleteClaim',
  'Mutation.deleteArgument',
  'Mutation.updateActor',
  'Mutation.deleteActor',
  'Mutation.updateSource',
  'Mutation.deleteSource',
  'Mutation.updateProvision',
  'Mutation.deleteProvision',
  'Mutation.updateAssertion',
  'Mutation.deleteAssertion',
  'Mutation.updateCitation',
  'Mutation.removeCitation',
  'Mutation.updateArgument',
  'Mutation.updateIssue',
  'Mutation.deleteIssue',
  'Mutation.removePosition',
  'Mutation.acceptProposedAssertions',
  'Mutation.rejectProposedAssertions',
  'Mutation.mergeClaims',
  'Mutation.mergeActors',
  'Mutation.createMap',
  'Mutation.updateMap',
  'Mutation.deleteMap',
]);

/** One read per map-scoped Query field, selecting every id it can reach; `$mapId` is the map asked. */
const READS: Record<string, string> = {
  claims: `claims(mapId: $mapId, first: 100) { totalCount edges { node { id premiseOf { id } assertions { id actor { id } } } } }`,
  actors: `actors(mapId: $mapId, first: 100) { totalCount edges { node { id } } }`,
  sources: `sources(mapId: $mapId, first: 100) { totalCount edges { node { id } } }`,
  proposals: `proposals(mapId: $mapId, first: 100) { totalCount edges { node { id items { speaker { actor { id } } matches { claim { id } } assertion { id } } } } }`,
  provisions: `provisions(mapId: $mapId, first: 100) { totalCount edges { node { id } } }`,
  issues: `issues(mapId: $mapId, first: 100) { totalCount edges { node { id } } }`,
  search: `search(mapId: $mapId, text: "prison citizens cycle", first: 50) { node { ... on Claim { id } ... on Actor { id } ... on Assertion { id } ... on Provision { id } } }`,
  evaluation: `evaluation(mapId: $mapId) { counts { in out undec } claims(first: 100) { edges { node { id } } } }`,
  revisions: `revisions(mapId: $mapId, first: 100) { totalCount edges { node { id mapId nodeIds } } }`,
  currentRevision: `currentRevision(mapId: $mapId)`,
  similarClaims: `similarClaims(mapId: $mapId, text: "prison citizens best choice of cycle", first: 50) { claim { id similar(first: 20) { claim { id } } } }`,
  duplicateCandidates: `duplicateCandidates(mapId: $mapId, first: 100, minScore: 0) { totalCount edges { node { claims { id similar(first: 10) { claim { id } } } } } }`,
  argumentGraph: `argumentGraph(mapId: $mapId, rootId: $root, depth: 6) { nodes { id } }`,
  argumentChains: `argumentChains(mapId: $mapId, fromId: $from, toId: $to) { claims { id } arguments { id } }`,
};

describe('maps: each debate its own map', () => {
  let t: TestService;
  let other: string;
  const ownIds = new Set<string>();

  before(async () => {
    t = await startTestService({ seed: true });
    const created = await t.gql<Data>(
      `mutation { createMap(input: { name: "A three-way rebuttal", description: "Unrelated" }) { id name visibility currentRevision claimCount } }`,
    );
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    other = created.data!.createMap.id;
    assert.deepEqual(created.data!.createMap, {
      id: 'map:a-three-way-rebuttal',
      name: 'A three-way rebuttal',
      visibility: 'PUBLIC',
      currentRevision: 0,
      claimCount: 0,
    });
  });
  after(() => t?.close());

  it('keeps the seed debate’s verdicts when another map holds an odd attack cycle (stable semantics)', async () => {
    const before = await t.gql<Data>(VERDICTS, {});
    assert.equal(before.errors, undefined, JSON.stringify(before.errors));
    const stableBefore = before.data!.issue.verdict.find((v: Data) => v.semantics === 'STABLE');
    assert.ok(stableBefore.extensionCount >= 1, 'the seed debate has a stable extension');
    const ids: string[] = [];
    for (const text of ['Rock is the best choice of cycle', 'Paper is the best choice of cycle', 'Scissors is the best choice of cycle']) {
      const r = await t.gql<Data>(
        `mutation ($mapId: ID, $text: String!) { createClaim(mapId: $mapId, input: { text: $text, kind: VALUE }) { id } }`,
        { mapId: other, text },
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      ids.push(r.data!.createClaim.id);
    }
    for (let i = 0; i < 3; i++) {
      const r = await t.gql<Data>(
        `mutation ($mapId: ID, $p: ID!, $c: ID!) { createArgument(mapId: $mapId, input: { kind: ATTACK, attackKind: REBUT, premiseIds: [$p], conclusionId: $c }) { id } }`,
        { mapId: other, p: ids[i], c: ids[(i + 1) % 3] },
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      ownIds.add(r.data!.createArgument.id);
    }
    for (const id of ids) ownIds.add(id);
    const afterwards = await t.gql<Data>(VERDICTS, {});
    assert.deepEqual(afterwards.data, before.data, 'the default map evaluates as before');
    const cycle = await t.gql<Data>(VERDICTS.replace(/issue\(id[^\n]*\n/, ''), { mapId: other });
    assert.equal(cycle.errors, undefined, JSON.stringify(cycle.errors));
    assert.deepEqual(
      cycle.data!.evaluation,
      { counts: { in: 0, out: 0, undec: 3 }, extensionCount: 0 },
      'an odd cycle has no stable extension',
    );
  });

  it('numbers revisions per map and resolves their ids', async () => {
    const r = await t.gql<Data>(
      `query ($mapId: ID) { mine: currentRevision(mapId: $mapId) seed: currentRevision
        revisions(mapId: $mapId, first: 100) { edges { node { id mapId revision } } } }`,
      { mapId: other },
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.equal(r.data!.mine, 6, 'three claims and three arguments');
    const revisions = r.data!.revisions.edges.map((e: Data) => e.node);
    assert.deepEqual(
      revisions.map((n: Data) => n.revision),
      [1, 2, 3, 4, 5, 6],
    );
    assert.ok(revisions.every((n: Data) => n.mapId === other && n.id === `revision:a-three-way-rebuttal:${n.revision}`));
    const node = await t.gql<Data>(
      `{ a: node(id: "revision:a-three-way-rebuttal:2") { ... on Revision { mapId revision } } b: node(id: "revision:1") { ... on Revision { mapId revision } } }`,
    );
    assert.deepEqual(node.data, { a: { mapId: other, revision: 2 }, b: { mapId: 'map:default', revision: 1 } });
  });

  it('writers of two maps take their own locks: concurrent writes leave each map’s revisions consecutive', async () => {
    const write = (mapId: string, i: number) =>
      t.gql<Data>(`mutation ($mapId: ID, $text: String!) { createClaim(mapId: $mapId, input: { text: $text, kind: FACTUAL }) { id } }`, {
        mapId,
        text: `Concurrent claim ${mapId === other ? 'b' : 'a'} ${i}`,
      });
    const start = await t.gql<Data>(`query ($mapId: ID) { a: currentRevision b: currentRevision(mapId: $mapId) }`, { mapId: other });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => write(i % 2 ? other : 'map:default', i)));
    for (const r of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    results.filter((_, i) => i % 2).forEach((r) => ownIds.add(r.data!.createClaim.id));
    const end = await t.gql<Data>(
      `query ($mapId: ID) { a: currentRevision b: currentRevision(mapId: $mapId)
        ra: revisions(last: 6) { edges { node { revision } } } rb: revisions(mapId: $mapId, last: 6) { edges { node { revision } } } }`,
      { mapId: other },
    );
    assert.equal(end.data!.a, start.data!.a + 6);
    assert.equal(end.data!.b, start.data!.b + 6);
    const numbers = (list: Data) => list.edges.map((e: Data) => e.node.revision);
    assert.deepEqual(
      numbers(end.data!.ra),
      [1, 2, 3, 4, 5, 6].map((n) => start.data!.a + n),
    );
    assert.deepEqual(
      numbers(end.data!.rb),
      [1, 2, 3, 4, 5, 6].map((n) => start.data!.b + n),
    );
  });

  it('refuses to join nodes of two maps, and finds another map’s node in no read of this one', async () => {
    const [seedClaim] = (await t.gql<Data>(`{ claims(first: 1) { edges { node { id } } } }`)).data!.claims.edges.map(
      (e: Data) => e.node.id,
    );
    const r = await t.gql<Data>(
      `mutation ($mapId: ID, $p: ID!, $c: ID!) { createArgument(mapId: $mapId, input: { kind: SUPPORT, premiseIds: [$p], conclusionId: $c }) { id } }`,
      { mapId: other, p: seedClaim, c: [...ownIds].find((id) => id.startsWith('claim:')) },
    );
    assert.ok(r.errors?.length, 'an argument across maps is refused');
    assert.ok(['BAD_USER_INPUT', 'NOT_FOUND'].includes(String(r.errors![0]!.extensions?.code)), JSON.stringify(r.errors));
    const graph = await t.gql<Data>(`query ($mapId: ID, $root: ID!) { argumentGraph(mapId: $mapId, rootId: $root) { nodes { id } } }`, {
      mapId: other,
      root: seedClaim,
    });
    assert.equal(graph.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  it('scopes every map-scoped root field: walked from the schema, none answers with another map’s node', async () => {
    const s = await schema();
    const roots = [s.getQueryType(), s.getMutationType(), s.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);
    const forgetful = roots.flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => !BY_ID_OR_MAPS.has(`${type.name}.${field.name}`) && !field.args.some((a) => a.name === 'mapId'))
        .map((field) => `${type.name}.${field.name}`),
    );
    assert.deepEqual(forgetful, [], 'every root field takes mapId or is a read or write by id');
    const scopedReads = Object.values(s.getQueryType()!.getFields())
      .filter((f) => f.args.some((a) => a.name === 'mapId'))
      .map((f) => f.name);
    assert.deepEqual(
      scopedReads.filter((name) => !READS[name]),
      [],
      'every map-scoped read has an isolation case here',
    );

    // A proposal in each map, its matches drawn from its own map's claims.
    const propose = async (mapId: string, text: string) => {
      const r = await t.gql<Data>(
        `mutation ($mapId: ID, $text: String!) { proposeFromText(mapId: $mapId, input: { text: $text }) { id } }`,
        {
          mapId,
          text,
        },
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      return r.data!.proposeFromText.id as string;
    };
    ownIds.add(await propose(other, 'ROCK PLAYER: Rock is the best choice of cycle, because paper is not the best choice of cycle.\n'));
    await propose('map:default', 'A CRITIC: American citizens cannot be sent to serve prison sentences in a foreign prison.\n');
    const seedIds = idsIn(
      (await t.gql<Data>(`{ claims(first: 100) { edges { node { id } } } actors(first: 100) { edges { node { id } } } }`)).data,
    );
    const ownClaims = [...ownIds].filter((id) => id.startsWith('claim:')).sort();
    const seedClaims = [...seedIds].filter((id) => id.startsWith('claim:')).sort();
    for (const name of scopedReads) {
      const read = READS[name]!;
      const declared = ['$mapId: ID', ...['root', 'from', 'to'].filter((v) => read.includes(`$${v}`)).map((v) => `$${v}: ID!`)];
      const query = `query (${declared.join(', ')}) { ${read} }`;
      const mine = await t.gql<Data>(query, { mapId: other, root: ownClaims[0], from: ownClaims[0], to: ownClaims[1] });
      assert.equal(mine.errors, undefined, `${name}: ${JSON.stringify(mine.errors)}`);
      const leaked = [...idsIn(mine.data)].filter((id) => !ownIds.has(id));
      assert.deepEqual(leaked, [], `${name} in ${other} answers only with its own nodes`);
      const seed = await t.gql<Data>(query, { mapId: 'map:default', root: seedClaims[0], from: seedClaims[0], to: seedClaims[1] });
      assert.equal(seed.errors, undefined, `${name}: ${JSON.stringify(seed.errors)}`);
      assert.deepEqual(
        [...idsIn(seed.data)].filter((id) => ownIds.has(id)),
        [],
        `${name} in map:default never shows ${other}'s nodes`,
      );
    }
  });

  it('streams each map’s changes to its own subscribers only', async () => {
    const query = `subscription ($mapId: ID) { changes(mapId: $mapId) { mapId revision ids } }`;
    const mine = await subscribeSse<Data>(t.url, query, { mapId: other });
    const seed = await subscribeSse<Data>(t.url, query, {});
    try {
      const a = await t.gql<Data>(`mutation { createClaim(input: { text: "A claim of the seed map's own", kind: FACTUAL }) { id } }`);
      const b = await t.gql<Data>(
        `mutation ($mapId: ID) { createClaim(mapId: $mapId, input: { text: "A claim of the other map's own", kind: FACTUAL }) { id } }`,
        { mapId: other },
      );
      const [seenMine] = await mine.take(1, 10_000);
      const [seenSeed] = await seed.take(1, 10_000);
      assert.equal(seenMine!.changes.mapId, other);
      assert.deepEqual(seenMine!.changes.ids, [b.data!.createClaim.id]);
      assert.equal(seenSeed!.changes.mapId, 'map:default');
      assert.deepEqual(seenSeed!.changes.ids, [a.data!.createClaim.id]);
    } finally {
      mine.close();
      seed.close();
    }
  });

  it('lists, renames and deletes maps; a deleted or unknown map is NOT_FOUND', async () => {
    const list = await t.gql<Data>(`{ maps { totalCount edges { node { id claimCount argumentCount } } } }`);
    assert.equal(list.errors, undefined, JSON.stringify(list.errors));
    const byId = new Map(list.data!.maps.edges.map((e: Data) => [e.node.id, e.node]));
    assert.ok((byId.get('map:default') as Data).claimCount > 100);
    assert.equal((byId.get(other) as Data).argumentCount, 3);
    const renamed = await t.gql<Data>(
      `mutation ($id: ID!) { updateMap(id: $id, input: { name: "Rock, paper, scissors" }) { name description } }`,
      { id: other },
    );
    assert.deepEqual(renamed.data!.updateMap, { name: 'Rock, paper, scissors', description: 'Unrelated' });
    const taken = await t.gql<Data>(`mutation { createMap(input: { name: "x", slug: "a-three-way-rebuttal" }) { id } }`);
    assert.equal(taken.errors?.[0]?.extensions?.code, 'CONFLICT');
    const private_ = await t.gql<Data>(`mutation { createMap(input: { name: "Secret", visibility: PRIVATE }) { id visibility } }`);
    assert.deepEqual(
      private_.data?.createMap,
      { id: 'map:secret', visibility: 'PRIVATE' },
      'a private map is made (see people.int.test.ts)',
    );
    const unknown = await t.gql<Data>(`{ claims(mapId: "map:no-such-map") { totalCount } }`);
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const malformed = await t.gql<Data>(`{ claims(mapId: "Not A Map") { totalCount } }`);
    assert.equal(malformed.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const refused = await t.gql<Data>(`mutation { deleteMap(id: "map:default") }`);
    assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const deleted = await t.gql<Data>(`mutation ($id: ID!) { deleteMap(id: $id) }`, { id: other });
    assert.equal(deleted.errors, undefined, JSON.stringify(deleted.errors));
    const gone = await t.gql<Data>(`query ($id: ID!, $claim: ID!) { map(id: $id) { id } claim(id: $claim) { id } }`, {
      id: other,
      claim: [...ownIds][0],
    });
    assert.deepEqual(gone.data, { map: null, claim: null });
    const after = await t.gql<Data>(VERDICTS, {});
    assert.equal(after.errors, undefined);
  });

  it('finishes at start-up a map deletion a stop cut short, and keeps its id until then', async () => {
    const made = await t.gql<Data>(`mutation { createMap(input: { name: "Cut short" }) { id } }`);
    const id = made.data!.createMap.id as string;
    const claim = await t.gql<Data>(
      `mutation ($mapId: ID) { createClaim(mapId: $mapId, input: { text: "Left behind", kind: FACTUAL }) { id } }`,
      { mapId: id },
    );
    // The first step of deleteMap alone, as if the process stopped after it.
    await t.service.backend.db.driver.executeQuery('MATCH (m:ArgumentMap {id: $id}) REMOVE m:ArgumentMap SET m:RetiredMap', { id });
    const again = await t.gql<Data>(`mutation { createMap(input: { name: "Cut short", slug: "cut-short" }) { id } }`);
    assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT', 'the id is not free while the map is being deleted');
    assert.deepEqual(await t.service.backend.repos.maps.finishDeletions(), [id]);
    const gone = await t.gql<Data>(`query ($c: ID!) { claim(id: $c) { id } }`, { c: claim.data!.createClaim.id });
    assert.deepEqual(gone.data, { claim: null });
    const fresh = await t.gql<Data>(`mutation { createMap(input: { name: "Cut short", slug: "cut-short" }) { id claimCount } }`);
    assert.deepEqual(fresh.data, { createMap: { id, claimCount: 0 } });
  });
});
