import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { userIdOf } from '../../src/domain/people.js';
import { AUDIENCE, ISSUER, makeKey, serveJwks, tokenFor, type JwksServer, type TestKey } from '../support/jwks.js';
import { startTestService, TEST_API_KEY, type GqlResult, type TestService } from '../support/service.js';
import { subscribeSse } from '../support/sse.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SECRET_MAP = 'map:people-secret';
const SCOPED_KEY = 'scoped-key-0123456789';

async function schema() {
  const dir = path.resolve('schema');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql'));
  return buildSchema((await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n'));
}

/** The variables a walk's operations may use, and their types. */
const VARIABLE_TYPES: Record<string, string> = {
  mapId: 'ID',
  map: 'ID!',
  claim: 'ID!',
  other: 'ID!',
  argument: 'ID!',
  actor: 'ID!',
  source: 'ID!',
  provision: 'ID!',
  assertion: 'ID!',
  issue: 'ID!',
  revision: 'ID!',
  proposal: 'ID!',
};

/** An operation with the variables its text uses declared. */
function operation(kind: 'query' | 'subscription', body: string): string {
  const used = Object.keys(VARIABLE_TYPES).filter((name) => new RegExp(`\\$${name}\\b`).test(body));
  return `${kind}${used.length ? ` (${used.map((n) => `$${n}: ${VARIABLE_TYPES[n]}`).join(', ')})` : ''} { ${body} }`;
}

/**
 * One read per root field of Query, reaching into the private map wherever it can: by its id, by
 * the ids of its nodes, or by listing. A root field added to the schema without a case here
 * fails the walk.
 */
const OUTSIDER_READS: Record<string, string> = {
  node: `a: node(id: $claim) { id } m: node(id: $map) { id } r: node(id: $revision) { id } p: node(id: $proposal) { id }`,
  nodes: `nodes(ids: [$claim, $argument, $actor, $source, $provision, $assertion, $issue]) { id }`,
  claim: `now: claim(id: $claim) { id text } past: claim(id: $claim, atRevision: 1) { id text }`,
  claims: `claims(mapId: $mapId) { totalCount edges { node { id } } }`,
  argument: `argument(id: $argument) { id }`,
  actor: `actor(id: $actor) { id }`,
  actors: `actors(mapId: $mapId) { totalCount }`,
  assertion: `assertion(id: $assertion) { id }`,
  source: `source(id: $source) { id }`,
  sources: `sources(mapId: $mapId) { totalCount }`,
  provision: `provision(id: $provision) { id }`,
  provisions: `provisions(mapId: $mapId) { totalCount }`,
  issue: `issue(id: $issue) { id }`,
  issues: `issues(mapId: $mapId) { totalCount }`,
  search: `search(mapId: $mapId, text: "Zanzibar") { __typename }`,
  similarClaims: `similarClaims(mapId: $mapId, text: "Zanzibar") { score claim { id text } }`,
  duplicateCandidates: `duplicateCandidates(mapId: $mapId, minScore: 0) { totalCount edges { node { score claims { id text } } } }`,
  argumentGraph: `argumentGraph(mapId: $mapId, rootId: $claim) { nodes { id } }`,
  argumentChains: `argumentChains(mapId: $mapId, fromId: $other, toId: $claim) { claims { id } }`,
  evaluation: `evaluation(mapId: $mapId) { counts { in out undec } }`,
  revisions: `revisions(mapId: $mapId) { totalCount edges { node { id keyName } } }`,
  currentRevision: `currentRevision(mapId: $mapId)`,
  proposals: `proposals(mapId: $mapId) { totalCount edges { node { id text } } }`,
  maps: `maps(first: 100) { totalCount edges { node { id name } } }`,
  map: `map(id: $map) { id name }`,
  me: `me { id name }`,
};

const OUTSIDER_SUBSCRIPTIONS: Record<string, string> = {
  changes: `changes(mapId: $mapId) { mapId revision ids }`,
};

/** The answer without its extensions (round trips differ with what was read, not with what is shown). */
const shown = (r: GqlResult<Data>) => JSON.stringify({ data: r.data, errors: r.errors });

describe('people: users’ tokens, roles per map, private maps', () => {
  let jwks: JwksServer;
  let key: TestKey;
  let t: TestService;
  const token: Record<'alice' | 'bob' | 'carol' | 'mallory' | 'dave', string> = { alice: '', bob: '', carol: '', mallory: '', dave: '' };
  /** The private map's nodes, made by its owner. */
  const secret: Record<string, string> = {};
  /** Ids of the same kinds that exist nowhere. */
  const ghost: Record<string, string> = {
    mapId: 'map:people-ghost',
    map: 'map:people-ghost',
    claim: 'claim:ghost-claim-one',
    other: 'claim:ghost-claim-two',
    argument: 'argument:ghost-argument',
    actor: 'actor:ghost-actor',
    source: 'source:ghost-source',
    provision: 'provision:ghost-provision',
    assertion: 'assertion:ghost-assertion',
    issue: 'issue:ghost-issue',
    revision: 'revision:people-ghost:1',
    proposal: 'proposal:ghostproposal0',
  };
  const as =
    (who: keyof typeof token) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      t.gql<Data>(query, variables, token[who]);
  const ok = (r: GqlResult<Data>, what: string) => {
    assert.equal(r.errors, undefined, `${what}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };

  before(async () => {
    key = await makeKey('idp-1', 'RS256');
    jwks = await serveJwks([key]);
    t = await startTestService({
      seed: true,
      apiKeys: [TEST_API_KEY, `scoped:${SCOPED_KEY}:write@${SECRET_MAP}`],
      env: { ARGMAP_JWT_JWKS_URL: jwks.url, ARGMAP_JWT_ISSUER: ISSUER, ARGMAP_JWT_AUDIENCE: AUDIENCE },
    });
    for (const [who, name] of [
      ['alice', 'Alice'],
      ['bob', 'Bob'],
      ['carol', 'Carol'],
      ['mallory', 'Mallory'],
      ['dave', 'Dave'],
    ] as const) {
      token[who] = await tokenFor(key, `${who}-subject`, { name });
      // Recorded on first sight.
      assert.deepEqual(ok(await as(who)(`{ me { id name } }`), 'me').me, { id: userIdOf(ISSUER, `${who}-subject`), name });
    }
    const made = ok(
      await as('alice')(
        `mutation { createMap(input: { name: "People secret", slug: "people-secret", visibility: PRIVATE }) { id myRole } }`,
      ),
      'createMap',
    );
    assert.deepEqual(made.createMap, { id: SECRET_MAP, myRole: 'OWNER' }, 'whoever creates a map owns it');
    for (const [who, role] of [
      ['bob', 'VIEWER'],
      ['carol', 'EDITOR'],
    ] as const) {
      ok(
        await as('alice')(`mutation ($m: ID!, $u: ID!, $r: MapRole!) { setMembership(mapId: $m, userId: $u, role: $r) { role } }`, {
          m: SECRET_MAP,
          u: userIdOf(ISSUER, `${who}-subject`),
          r: role,
        }),
        `setMembership ${who}`,
      );
    }
    const alice = as('alice');
    const create = async (field: string, input: string, extra = '') =>
      ok(await alice(`mutation ($m: ID) { ${field}(mapId: $m, input: ${input}) { id ${extra} } }`, { m: SECRET_MAP }), field)[field]
        .id as string;
    secret.claim = await create('createClaim', `{ text: "Zanzibar is an island", kind: FACTUAL }`);
    secret.other = await create('createClaim', `{ text: "Zanzibar grows cloves", kind: FACTUAL }`);
    secret.argument = await create('createArgument', `{ kind: SUPPORT, premiseIds: ["${secret.other}"], conclusionId: "${secret.claim}" }`);
    secret.actor = await create('createActor', `{ name: "Zanzibar Spice Board", kind: ORGANIZATION }`);
    secret.source = await create('createSource', `{ title: "Zanzibar report", kind: NEWS }`);
    secret.provision = await create('createProvision', `{ name: "Zanzibar act", kind: CLAUSE }`);
    secret.issue = await create('createIssue', `{ question: "Is Zanzibar an island?" }`);
    secret.assertion = await create('addAssertion', `{ actorId: "${secret.actor}", claimId: "${secret.claim}" }`);
    secret.mapId = SECRET_MAP;
    secret.map = SECRET_MAP;
    secret.revision = 'revision:people-secret:1';
    secret.proposal = ok(
      await alice(
        `mutation ($m: ID) { proposeFromText(mapId: $m, input: { text: "ZANZIBAR SPICE BOARD: Zanzibar grows the best cloves." }) { id } }`,
        {
          m: SECRET_MAP,
        },
      ),
      'proposeFromText',
    ).proposeFromText.id as string;
  });
  after(async () => {
    await t?.close();
    await jwks?.close();
  });

  it('shows a private map, its nodes and its members to its members', async () => {
    const bob = as('bob');
    const seen = ok(
      await bob(operation('query', `map(id: $map) { id myRole members { user { name } role } } claim(id: $claim) { text }`), secret),
      'member',
    );
    assert.equal(seen.map.myRole, 'VIEWER');
    assert.deepEqual(
      seen.map.members.map((m: Data) => `${m.user.name} ${m.role}`),
      ['Alice OWNER', 'Bob VIEWER', 'Carol EDITOR'],
    );
    assert.equal(seen.claim.text, 'Zanzibar is an island');
    const listed = ok(await bob(`{ maps(first: 100) { edges { node { id } } } }`), 'maps').maps.edges.map((e: Data) => e.node.id);
    assert.ok(listed.includes(SECRET_MAP));
    const key = ok(await t.gql<Data>(operation('query', `claims(mapId: $mapId) { totalCount }`), secret, SCOPED_KEY), 'scoped key');
    assert.equal(key.claims.totalCount, 2, 'a key scoped to the map reads it');
  });

  it('hides a private map from an outsider everywhere: walked from the schema, every root field answers as for a map that does not exist', async () => {
    const s = await schema();
    const queries = Object.keys(s.getQueryType()!.getFields());
    assert.deepEqual(
      queries.filter((name) => !OUTSIDER_READS[name]),
      [],
      'every root field of Query has an outsider case here',
    );
    const subscriptions = Object.keys(s.getSubscriptionType()!.getFields());
    assert.deepEqual(
      subscriptions.filter((name) => !OUTSIDER_SUBSCRIPTIONS[name]),
      [],
      'every subscription has an outsider case here',
    );
    for (const [outsider, credential] of [
      ['anonymous', null],
      ['mallory', token.mallory],
    ] as const) {
      for (const name of queries) {
        const query = operation('query', OUTSIDER_READS[name]!);
        const real = await t.gql<Data>(query, secret, credential);
        const none = await t.gql<Data>(query, ghost, credential);
        let expected = shown(none);
        for (const [v, id] of Object.entries(ghost)) expected = expected.replaceAll(id, secret[v]!);
        assert.equal(shown(real), expected, `${name} as ${outsider}: answers as for a map that does not exist`);
        for (const text of ['Zanzibar', 'People secret']) {
          assert.ok(!shown(real).includes(text), `${name} as ${outsider} shows nothing of the private map (${text})`);
        }
        if (!/\$map(Id)?\b/.test(query)) assert.ok(!shown(real).includes(SECRET_MAP), `${name} as ${outsider} never names the map`);
      }
      for (const name of subscriptions) {
        const query = operation('subscription', OUTSIDER_SUBSCRIPTIONS[name]!);
        const headers = credential ? { authorization: `Bearer ${credential}` } : undefined;
        const refusals = await Promise.all(
          [secret, ghost].map(async (variables) => {
            const sub = await subscribeSse<Data>(t.url, query, variables, headers);
            try {
              await sub.take(1, 10_000);
              return 'an event';
            } catch (error) {
              return (error as Error).message.replaceAll(ghost.mapId!, SECRET_MAP);
            } finally {
              sub.close();
            }
          }),
        );
        assert.match(refusals[0]!, /NOT_FOUND/, `${name} as ${outsider}`);
        assert.equal(refusals[0], refusals[1], `${name} as ${outsider}: refused as for a map that does not exist`);
      }
    }
    // Sanity: the walk reads what a member sees, so it could find a leak.
    const member = await as('bob')(operation('query', OUTSIDER_READS.nodes!), secret);
    assert.ok(member.data!.nodes.every((n: Data | null) => n !== null));
  });

  it('never sends an outsider the events of a private map while a member writes in it; a removed member stops hearing them at once', async () => {
    const query = `subscription ($mapId: ID) { changes(mapId: $mapId) { mapId ids keyName author { kind name userId } } }`;
    const outsider = await subscribeSse<Data>(t.url, query, {}, { authorization: `Bearer ${token.mallory}` });
    const member = await subscribeSse<Data>(t.url, query, { mapId: SECRET_MAP }, { authorization: `Bearer ${token.bob}` });
    try {
      const write = ok(
        await as('carol')(`mutation ($m: ID) { createClaim(mapId: $m, input: { text: "Zanzibar is warm", kind: FACTUAL }) { id } }`, {
          m: SECRET_MAP,
        }),
        'a member writes',
      );
      const marker = ok(await t.gql<Data>(`mutation { createClaim(input: { text: "A public marker", kind: FACTUAL }) { id } }`), 'marker');
      const [heard] = await member.take(1, 10_000);
      assert.deepEqual(heard!.changes, {
        mapId: SECRET_MAP,
        ids: [write.createClaim.id],
        keyName: 'Carol',
        author: { kind: 'USER', name: 'Carol', userId: userIdOf(ISSUER, 'carol-subject') },
      });
      const [first] = await outsider.take(1, 10_000);
      assert.deepEqual(first!.changes.ids, [marker.createClaim.id], 'the outsider hears the public map only');
      assert.ok(!JSON.stringify(heard).includes(token.carol.slice(0, 40)), 'no token in an event');

      ok(
        await as('alice')(`mutation ($m: ID!, $u: ID!) { removeMembership(mapId: $m, userId: $u) }`, {
          m: SECRET_MAP,
          u: userIdOf(ISSUER, 'bob-subject'),
        }),
        'removeMembership',
      );
      ok(
        await as('carol')(`mutation ($m: ID) { createClaim(mapId: $m, input: { text: "Zanzibar after Bob", kind: FACTUAL }) { id } }`, {
          m: SECRET_MAP,
        }),
        'a write after the removal',
      );
      await assert.rejects(member.take(1, 10_000), /NOT_FOUND/, 'the removed member hears no more');
      const gone = await as('bob')(operation('query', `map(id: $map) { id } claims(mapId: $mapId) { totalCount }`), secret);
      assert.equal(gone.data?.map ?? null, null, 'a removed member loses access on the next request');
      assert.equal(gone.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    } finally {
      outsider.close();
      member.close();
      ok(
        await as('alice')(`mutation ($m: ID!, $u: ID!) { setMembership(mapId: $m, userId: $u, role: VIEWER) { role } }`, {
          m: SECRET_MAP,
          u: userIdOf(ISSUER, 'bob-subject'),
        }),
        'bob back',
      );
    }
  });

  it('records who wrote each revision, never a token or key', async () => {
    const r = ok(
      await as('bob')(`query ($m: ID) { revisions(mapId: $m, last: 3) { edges { node { keyName author { kind name userId } } } } }`, {
        m: SECRET_MAP,
      }),
      'revisions',
    );
    const authors = r.revisions.edges.map((e: Data) => e.node.author);
    assert.ok(authors.some((a: Data) => a.kind === 'USER' && a.name === 'Carol' && a.userId === userIdOf(ISSUER, 'carol-subject')));
    const text = JSON.stringify(r);
    for (const secretValue of [token.carol, token.alice, TEST_API_KEY, SCOPED_KEY]) assert.ok(!text.includes(secretValue));
    const byKey = ok(await t.gql<Data>(`mutation { createIssue(input: { question: "By the admin key?" }) { id } }`), 'key write');
    assert.ok(byKey);
    const seed = ok(
      await t.gql<Data>(`{ revisions(first: 1) { edges { node { keyName author { kind name userId } } } } }`),
      'seed revision',
    );
    assert.deepEqual(seed.revisions.edges[0].node.author, { kind: 'SYSTEM', name: 'system', userId: null });
    const last = ok(await t.gql<Data>(`{ revisions(last: 1) { edges { node { author { kind name } } } } }`), 'key revision');
    assert.equal(last.revisions.edges[0].node.author.kind, 'KEY');
  });

  it('refuses a token that fails, saying why, on reads too', async () => {
    const expired = await tokenFor(key, 'alice-subject', { exp: Math.floor(Date.now() / 1000) - 3600 });
    const r = await t.gql<Data>(`{ me { id } }`, {}, expired);
    assert.equal(r.status, 401);
    assert.equal(r.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.match(r.errors![0]!.message, /expired/);
    const stranger = await tokenFor(await makeKey('other-idp', 'RS256'), 'alice-subject');
    assert.match((await t.gql<Data>(`{ me { id } }`, {}, stranger)).errors![0]!.message, /unknown kid/);
    assert.equal((await t.gql<Data>(`{ me { id } }`, {}, null)).data!.me, null, 'anonymously, nobody');
  });

  it('over WebSocket (graphql-ws) too: a failing token is refused saying why, an outsider finds no private map, a member hears it', async () => {
    /** The first answer of one subscription over a connection that presents `authorization`. */
    const firstAnswer = (authorization: string | null, variables: Data) =>
      new Promise<{ data?: Data; errors?: readonly Data[] }>((resolve, reject) => {
        const client = createClient({
          url: `${t.url.replace('http', 'ws')}/graphql`,
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          connectionParams: authorization ? { authorization } : {},
        });
        const timer = setTimeout(() => {
          void client.dispose();
          reject(new Error('no answer over graphql-ws within 15 s'));
        }, 15_000);
        const settle = (value: { data?: Data; errors?: readonly Data[] }) => {
          clearTimeout(timer);
          void client.dispose();
          resolve(value);
        };
        client.subscribe<Data>(
          { query: `subscription ($mapId: ID) { changes(mapId: $mapId) { mapId ids author { name } } }`, variables },
          {
            next: (value) => settle(value as { data?: Data; errors?: readonly Data[] }),
            // graphql-ws hands the operation's errors to `error` as an array.
            error: (error) => (Array.isArray(error) ? settle({ errors: error as Data[] }) : reject(error)),
            complete: () => undefined,
          },
        );
      });
    const expired = await tokenFor(key, 'alice-subject', { exp: Math.floor(Date.now() / 1000) - 3600 });
    const refused = await firstAnswer(`Bearer ${expired}`, {});
    assert.equal(refused.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.match(String(refused.errors?.[0]?.message), /expired/);
    const forged = `${token.bob.slice(0, -4)}AAAA`;
    const badSignature = await firstAnswer(`Bearer ${forged}`, {});
    assert.equal(badSignature.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', 'a token whose signature fails');

    const outsider = await firstAnswer(`Bearer ${token.mallory}`, { mapId: SECRET_MAP });
    assert.equal(outsider.errors?.[0]?.extensions?.code, 'NOT_FOUND', 'to an outsider the private map does not exist');
    assert.ok(!JSON.stringify(outsider).includes('Zanzibar'));

    const heard = firstAnswer(`Bearer ${token.bob}`, { mapId: SECRET_MAP });
    // The subscription starts listening a moment after the connection opens: write until it hears.
    let answer: { data?: Data; errors?: readonly Data[] } | null = null;
    void heard.then((value) => (answer = value));
    for (let i = 0; i < 30 && !answer; i++) {
      ok(
        await as('carol')(`mutation ($m: ID) { createClaim(mapId: $m, input: { text: "Zanzibar over a socket", kind: FACTUAL }) { id } }`, {
          m: SECRET_MAP,
        }),
        'a member writes',
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const event = await heard;
    assert.equal(event.data?.changes?.mapId, SECRET_MAP, JSON.stringify(event));
    assert.equal(event.data?.changes?.author?.name, 'Carol');
  });

  it('a key scoped to one map acts there only', async () => {
    const inside = await t.gql<Data>(
      `mutation ($m: ID) { createClaim(mapId: $m, input: { text: "Zanzibar by the bot", kind: FACTUAL }) { id } }`,
      { m: SECRET_MAP },
      SCOPED_KEY,
    );
    ok(inside, 'scoped key writes in its map');
    const outside = await t.gql<Data>(`mutation { createClaim(input: { text: "Not here", kind: FACTUAL }) { id } }`, {}, SCOPED_KEY);
    assert.equal(outside.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.match(outside.errors![0]!.message, /EDITOR/);
    const other = ok(await as('dave')(`mutation { createMap(input: { name: "Dave's own", visibility: PRIVATE }) { id } }`), 'dave')
      .createMap.id;
    const hidden = await t.gql<Data>(`query ($m: ID) { claims(mapId: $m) { totalCount } }`, { m: other }, SCOPED_KEY);
    assert.equal(hidden.errors?.[0]?.extensions?.code, 'NOT_FOUND', 'another private map does not exist for it');
    const made = await t.gql<Data>(`mutation { createMap(input: { name: "By a scoped key" }) { id } }`, {}, SCOPED_KEY);
    assert.equal(made.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  describe('every mutation checks its role: a VIEWER, an EDITOR and an outsider', () => {
    /** Makes a node in the private map as its owner, for a mutation to act on. */
    const fresh = async (field: string, input: string) =>
      ok(await as('alice')(`mutation ($m: ID) { ${field}(mapId: $m, input: ${input}) { id } }`, { m: SECRET_MAP }), field)[field]
        .id as string;
    const claim = () => fresh('createClaim', `{ text: "Zanzibar claim ${Math.random()}", kind: FACTUAL }`);
    /** An assertion of a fresh claim by a fresh actor, in the private map. */
    const assertion = async () =>
      fresh(
        'addAssertion',
        `{ actorId: "${await fresh('createActor', `{ name: "Zanzibar speaker ${Math.random()}", kind: PERSON }`)}", claimId: "${await claim()}" }`,
      );
    /** A fresh claim citing a fresh provision, in the private map (as the owner). */
    const citation = async () => {
      const c = await claim();
      const p = await fresh('createProvision', `{ name: "Zanzibar clause ${Math.random()}", kind: CLAUSE }`);
      ok(
        await as('alice')(
          `mutation ($m: ID, $c: ID!, $p: ID!) { citeProvision(mapId: $m, input: { claimId: $c, provisionId: $p, role: PROHIBITS }) { role } }`,
          {
            m: SECRET_MAP,
            c,
            p,
          },
        ),
        'citeProvision',
      );
      return { c, p };
    };
    /** A fresh claim's position on a fresh issue, in the private map (as the owner). */
    const position = async () => {
      const c = await claim();
      const i = await fresh('createIssue', `{ question: "Zanzibar position ${Math.random()}?" }`);
      ok(
        await as('alice')(
          `mutation ($m: ID, $c: ID!, $i: ID!) { setPosition(mapId: $m, input: { claimId: $c, issueId: $i, stance: PRO }) { stance } }`,
          {
            m: SECRET_MAP,
            c,
            i,
          },
        ),
        'setPosition',
      );
      return { c, i };
    };
    /** A fresh proposal in the private map (as the owner): its id and its first item's. */
    const proposal = async () => {
      const made = ok(
        await as('alice')(`mutation ($m: ID, $t: String!) { proposeFromText(mapId: $m, input: { text: $t }) { id items { id } } }`, {
          m: SECRET_MAP,
          t: `ZANZIBAR PORT OFFICER: The Zanzibar harbour will close on Monday because a storm is coming. (${Math.random()})\n`,
        }),
        'proposeFromText',
      ).proposeFromText;
      assert.ok(made.items.length > 0, `the text proposes an item: ${JSON.stringify(made)}`);
      return { p: made.id as string, i: made.items[0].id as string };
    };
    const M = `$m: ID`;
    /** Each mutation with the role it needs and a call that would succeed with that role. */
    const CASES: Record<string, { needs: string; viewerNeeds?: string; call: () => Promise<[string, Record<string, unknown>]> }> = {
      createClaim: {
        needs: 'EDITOR',
        call: async () => [`mutation (${M}) { createClaim(mapId: $m, input: { text: "Zanzibar new", kind: FACTUAL }) { id } }`, {}],
      },
      updateClaim: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { updateClaim(id: $id, input: { text: "Zanzibar changed" }) { id } }`,
          { id: await claim() },
        ],
      },
      deleteClaim: { needs: 'EDITOR', call: async () => [`mutation ($id: ID!) { deleteClaim(id: $id) }`, { id: await claim() }] },
      createArgument: {
        needs: 'EDITOR',
        call: async () => [
          `mutation (${M}, $p: ID!, $c: ID!) { createArgument(mapId: $m, input: { kind: SUPPORT, premiseIds: [$p], conclusionId: $c }) { id } }`,
          { p: await claim(), c: await claim() },
        ],
      },
      updateActor: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { updateActor(id: $id, input: { description: "Changed" }) { id } }`,
          { id: await fresh('createActor', `{ name: "Zanzibar person ${Math.random()}", kind: PERSON }`) },
        ],
      },
      deleteActor: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { deleteActor(id: $id) }`,
          { id: await fresh('createActor', `{ name: "Zanzibar person ${Math.random()}", kind: PERSON }`) },
        ],
      },
      updateSource: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { updateSource(id: $id, input: { title: "Zanzibar weekly" }) { id } }`,
          { id: await fresh('createSource', `{ title: "Zanzibar daily ${Math.random()}", kind: NEWS }`) },
        ],
      },
      deleteSource: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { deleteSource(id: $id) }`,
          { id: await fresh('createSource', `{ title: "Zanzibar daily ${Math.random()}", kind: NEWS }`) },
        ],
      },
      updateProvision: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { updateProvision(id: $id, input: { summary: "Changed" }) { id } }`,
          { id: await fresh('createProvision', `{ name: "Zanzibar rule ${Math.random()}", kind: CLAUSE }`) },
        ],
      },
      deleteProvision: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { deleteProvision(id: $id) }`,
          { id: await fresh('createProvision', `{ name: "Zanzibar rule ${Math.random()}", kind: CLAUSE }`) },
        ],
      },
      updateAssertion: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { updateAssertion(id: $id, input: { quote: "Zanzibar, said" }) { id } }`,
          { id: await assertion() },
        ],
      },
      deleteAssertion: {
        needs: 'EDITOR',
        call: async () => [`mutation ($id: ID!) { deleteAssertion(id: $id) }`, { id: await assertion() }],
      },
      updateArgument: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { updateArgument(id: $id, input: { rationale: "Because" }) { id } }`,
          { id: await fresh('createArgument', `{ kind: SUPPORT, premiseIds: ["${await claim()}"], conclusionId: "${await claim()}" }`) },
        ],
      },
      updateCitation: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($c: ID!, $p: ID!) { updateCitation(claimId: $c, provisionId: $p, input: { note: "Changed" }) { note } }`,
          await citation(),
        ],
      },
      removeCitation: {
        needs: 'EDITOR',
        call: async () => [`mutation ($c: ID!, $p: ID!) { removeCitation(claimId: $c, provisionId: $p) { id } }`, await citation()],
      },
      updateIssue: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { updateIssue(id: $id, input: { question: "Zanzibar, again?" }) { id } }`,
          { id: await fresh('createIssue', `{ question: "Zanzibar ${Math.random()}?" }`) },
        ],
      },
      deleteIssue: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { deleteIssue(id: $id) }`,
          { id: await fresh('createIssue', `{ question: "Zanzibar ${Math.random()}?" }`) },
        ],
      },
      removePosition: {
        needs: 'EDITOR',
        call: async () => [`mutation ($c: ID!, $i: ID!) { removePosition(claimId: $c, issueId: $i) { id } }`, await position()],
      },
      mergeClaims: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($into: ID!, $from: ID!) { mergeClaims(intoId: $into, fromIds: [$from]) { id } }`,
          { into: await claim(), from: await claim() },
        ],
      },
      mergeActors: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($into: ID!, $from: ID!) { mergeActors(intoId: $into, fromIds: [$from]) { id } }`,
          {
            into: await fresh('createActor', `{ name: "Zanzibar one ${Math.random()}", kind: PERSON }`),
            from: await fresh('createActor', `{ name: "Zanzibar same ${Math.random()}", kind: PERSON }`),
          },
        ],
      },
      deleteArgument: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($id: ID!) { deleteArgument(id: $id) }`,
          {
            id: await fresh(
              'createArgument',
              `{ kind: ATTACK, attackKind: REBUT, premiseIds: ["${await claim()}"], conclusionId: "${await claim()}" }`,
            ),
          },
        ],
      },
      createActor: {
        needs: 'EDITOR',
        call: async () => [
          `mutation (${M}) { createActor(mapId: $m, input: { name: "Zanzibar Port ${Math.random()}", kind: ORGANIZATION }) { id } }`,
          {},
        ],
      },
      createSource: {
        needs: 'EDITOR',
        call: async () => [`mutation (${M}) { createSource(mapId: $m, input: { title: "Zanzibar daily", kind: NEWS }) { id } }`, {}],
      },
      createProvision: {
        needs: 'EDITOR',
        call: async () => [`mutation (${M}) { createProvision(mapId: $m, input: { name: "Zanzibar rule", kind: CLAUSE }) { id } }`, {}],
      },
      createIssue: {
        needs: 'EDITOR',
        call: async () => [`mutation (${M}) { createIssue(mapId: $m, input: { question: "Zanzibar?" }) { id } }`, {}],
      },
      addAssertion: {
        needs: 'EDITOR',
        call: async () => [
          `mutation (${M}, $a: ID!, $c: ID!) { addAssertion(mapId: $m, input: { actorId: $a, claimId: $c }) { id } }`,
          { a: secret.actor, c: await claim() },
        ],
      },
      citeProvision: {
        needs: 'EDITOR',
        call: async () => [
          `mutation (${M}, $p: ID!, $c: ID!) { citeProvision(mapId: $m, input: { claimId: $c, provisionId: $p, role: CONTEXT }) { role } }`,
          { p: secret.provision, c: await claim() },
        ],
      },
      setPosition: {
        needs: 'EDITOR',
        call: async () => [
          `mutation (${M}, $i: ID!, $c: ID!) { setPosition(mapId: $m, input: { claimId: $c, issueId: $i, stance: CON }) { stance } }`,
          { i: secret.issue, c: await claim() },
        ],
      },
      proposeFromText: {
        needs: 'EDITOR',
        call: async () => [
          `mutation (${M}) { proposeFromText(mapId: $m, input: { text: "ZANZIBAR PORT OFFICER: The Zanzibar harbour will close on Monday." }) { id } }`,
          {},
        ],
      },
      acceptProposedAssertions: {
        needs: 'EDITOR',
        call: async () => [
          `mutation ($p: ID!, $i: ID!) { acceptProposedAssertions(proposalId: $p, items: [{ id: $i }]) { revision } }`,
          await proposal(),
        ],
      },
      rejectProposedAssertions: {
        needs: 'EDITOR',
        call: async () => [`mutation ($p: ID!, $i: ID!) { rejectProposedAssertions(proposalId: $p, ids: [$i]) { id } }`, await proposal()],
      },
      importGraph: { needs: 'ADMIN', call: async () => [`mutation (${M}) { importGraph(mapId: $m, input: {}) { nodesCreated } }`, {}] },
      importDocument: {
        needs: 'ADMIN',
        call: async () => [`mutation (${M}) { importDocument(mapId: $m, input: { format: JSON, content: "{}" }) { __typename } }`, {}],
      },
      // Revision 1 is Alice's: for Carol, an EDITOR, it is another's (her own: see below); Bob, a VIEWER, is told EDITOR at least.
      revert: {
        needs: 'ADMIN',
        viewerNeeds: 'EDITOR',
        call: async () => [`mutation (${M}) { revert(mapId: $m, revision: 1) { revision } }`, {}],
      },
      updateMap: {
        needs: 'ADMIN',
        call: async () => [`mutation ($id: ID!) { updateMap(id: $id, input: { description: "Zanzibar" }) { id } }`, { id: SECRET_MAP }],
      },
      setMembership: {
        needs: 'ADMIN',
        call: async () => [
          `mutation ($id: ID!, $u: ID!) { setMembership(mapId: $id, userId: $u, role: VIEWER) { role } }`,
          { id: SECRET_MAP, u: userIdOf(ISSUER, 'dave-subject') },
        ],
      },
      removeMembership: {
        needs: 'ADMIN',
        call: async () => [
          `mutation ($id: ID!, $u: ID!) { removeMembership(mapId: $id, userId: $u) }`,
          { id: SECRET_MAP, u: userIdOf(ISSUER, 'dave-subject') },
        ],
      },
      deleteMap: { needs: 'OWNER', call: async () => [`mutation ($id: ID!) { deleteMap(id: $id) }`, { id: SECRET_MAP }] },
    };

    it('has a case for every mutation (createMap aside: it writes to no map yet)', async () => {
      const names = Object.keys((await schema()).getMutationType()!.getFields()).filter((n) => n !== 'createMap');
      assert.deepEqual(
        names.filter((n) => !CASES[n]),
        [],
      );
    });

    it("revert: an EDITOR undoes a revision they wrote, not another's (FORBIDDEN naming ADMIN), nor with force", async () => {
      const carol = as('carol');
      const made = ok(
        await carol(`mutation (${M}) { createClaim(mapId: $m, input: { text: "Zanzibar has a ferry", kind: FACTUAL }) { id } }`, {
          m: SECRET_MAP,
        }),
        'createClaim by Carol',
      ).createClaim.id as string;
      const { revisions } = ok(
        await carol(`query (${M}, $n: ID) { revisions(mapId: $m, nodeId: $n, last: 1) { edges { node { revision author { name } } } } }`, {
          m: SECRET_MAP,
          n: made,
        }),
        'her revision',
      );
      const own = revisions.edges[0].node;
      assert.equal(own.author.name, 'Carol');
      const forced = await carol(`mutation (${M}, $r: Int!) { revert(mapId: $m, revision: $r, force: true) { revision } }`, {
        m: SECRET_MAP,
        r: own.revision,
      });
      assert.equal(forced.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(forced.errors));
      assert.match(forced.errors![0]!.message, /the ADMIN role/);
      const undone = ok(
        await carol(`mutation (${M}, $r: Int!) { revert(mapId: $m, revision: $r) { reverted nodeIds } }`, {
          m: SECRET_MAP,
          r: own.revision,
        }),
        'Carol reverts her own revision',
      );
      assert.deepEqual(undone.revert, { reverted: own.revision, nodeIds: [made] });
      assert.equal(ok(await carol(`query ($id: ID!) { claim(id: $id) { id } }`, { id: made }), 'gone').claim, null);
      const theirs = await carol(`mutation (${M}) { revert(mapId: $m, revision: 2) { revision } }`, { m: SECRET_MAP });
      assert.equal(theirs.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(theirs.errors));
      assert.match(theirs.errors![0]!.message, /the ADMIN role/, 'FORBIDDEN names the role needed');
      assert.match(theirs.errors![0]!.message, /Alice/, 'and whose revision it is');
    });

    for (const [name, { needs, viewerNeeds, call }] of Object.entries(CASES)) {
      it(`${name} needs ${needs}`, async () => {
        for (const who of ['mallory', 'bob', 'carol'] as const) {
          const [query, variables] = await call();
          const r = await as(who)(query, { m: SECRET_MAP, ...variables });
          const code = r.errors?.[0]?.extensions?.code;
          if (who === 'mallory') {
            assert.equal(code, 'NOT_FOUND', `${name} by an outsider: ${JSON.stringify(r.errors)}`);
          } else if (who === 'carol' && needs === 'EDITOR') {
            assert.equal(r.errors, undefined, `${name} by an EDITOR: ${JSON.stringify(r.errors)}`);
          } else {
            assert.equal(code, 'FORBIDDEN', `${name} by ${who}: ${JSON.stringify(r.errors)}`);
            const named = who === 'bob' ? (viewerNeeds ?? needs) : needs;
            assert.match(r.errors![0]!.message, new RegExp(`the ${named} role`), 'FORBIDDEN names the role needed');
          }
        }
      });
    }
  });
});
