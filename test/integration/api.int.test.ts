import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asInput, debateFixture, IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const fieldOf = (r: GqlResult) => r.errors?.[0]?.extensions?.field;

async function counts(t: TestService) {
  return t.service.backend.repos.database.counts();
}

describe('GraphQL API over the real database', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
    const imported = await t.gql(IMPORT_MUTATION, { input: asInput(debateFixture()) });
    assert.equal(imported.errors, undefined, JSON.stringify(imported.errors));
  });
  after(() => t?.close());

  describe('reads', () => {
    it('claim(id) with its assertions, actors, sources, citations, arguments and positions', async () => {
      const r = await t.gql<Data>(`{
        claim(id: "claim:c001") {
          id text kind createdAt updatedAt
          assertions { id quote actor { id name affiliations { role organization { name } } } source { title publisher publishedAt } claim { id } argument { id } }
          assertedBy { id }
          citations { role note provision { id } claim { id } }
          supportedBy { id } attackedBy { id kind attackKind premises { id } conclusion { id } }
          counterclaims { id } premiseOf { id } positions { stance issue { id question } claim { id } }
        }
      }`);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      const c = r.data!.claim;
      assert.equal(c.text, 'Claim number 1 about prisons abroad.');
      assert.match(c.createdAt, /^\d{4}-\d{2}-\d{2}T/);
      assert.deepEqual(
        c.assertions.map((a: Data) => a.actor.id),
        ['actor:bob-official'],
      );
      assert.equal(c.assertions[0].source.publishedAt, '2025-04-14');
      assert.deepEqual(c.attackedBy, [
        { id: 'argument:a001', kind: 'ATTACK', attackKind: 'REBUT', premises: [{ id: 'claim:c002' }], conclusion: { id: 'claim:c001' } },
      ]);
      assert.deepEqual(c.counterclaims, [{ id: 'claim:c002' }]);
      assert.deepEqual(c.supportedBy, []);
      assert.deepEqual(c.positions, [
        { stance: 'PRO', issue: { id: 'issue:q', question: 'May it be done?' }, claim: { id: 'claim:c001' } },
      ]);
      const c2 = await t.gql<Data>('{ claim(id: "claim:c002") { premiseOf { id } supportedBy { id premises { id } } } }');
      assert.deepEqual(c2.data!.claim.premiseOf, [{ id: 'argument:a001' }]);
      assert.deepEqual(c2.data!.claim.supportedBy, [{ id: 'argument:a002', premises: [{ id: 'claim:c003' }] }]);
    });

    it('node(id) resolves every node type, and a missing id is null', async () => {
      const ids = [
        'claim:c000',
        'argument:a001',
        'actor:ann-expert',
        'source:report',
        'provision:eighth-amendment',
        'assertion:s000',
        'issue:q',
      ];
      const r = await t.gql<Data>(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } missing: node(id: "claim:nope") { id } }`, {
        ids,
      });
      assert.deepEqual(
        r.data!.nodes.map((n: Data) => n.__typename),
        ['Claim', 'Argument', 'Actor', 'Source', 'Provision', 'Assertion', 'Issue'],
      );
      assert.equal(r.data!.missing, null);
      const bad = await t.gql('{ node(id: "not an id") { id } }');
      assert.equal(codeOf(bad), 'BAD_USER_INPUT');
      const wrongType = await t.gql('{ claim(id: "actor:ann-expert") { id } }');
      assert.equal(codeOf(wrongType), 'BAD_USER_INPUT');
      assert.equal(fieldOf(wrongType), 'id');
    });

    it('pages claims with opaque cursors, a total count and no overlap', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 10; page += 1) {
        const r: GqlResult<Data> = await t.gql<Data>(
          'query ($after: String) { claims(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }',
          { after },
        );
        const conn = r.data!.claims;
        total = conn.totalCount;
        seen.push(...conn.edges.map((e: Data) => e.node.id));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      assert.equal(total, 60);
      assert.equal(seen.length, 60);
      assert.equal(new Set(seen).size, 60);
      const defaults = await t.gql<Data>('{ claims { edges { node { id } } } }');
      assert.equal(defaults.data!.claims.edges.length, 20);
      const tooMany = await t.gql('{ claims(first: 101) { totalCount } }');
      assert.equal(codeOf(tooMany), 'BAD_USER_INPUT');
      assert.equal(fieldOf(tooMany), 'first');
      const badCursor = await t.gql('{ claims(after: "xyz") { totalCount } }');
      assert.equal(fieldOf(badCursor), 'after');
    });

    it('filters claims by every ClaimWhere field', async () => {
      const total = async (where: string) => (await t.gql<Data>(`{ claims(where: ${where}) { totalCount } }`)).data!.claims.totalCount;
      assert.equal(await total('{ textContains: "NATURALISED" }'), 1);
      assert.equal(await total('{ kind: LEGAL }'), 30);
      assert.equal(await total('{ assertedBy: "actor:ann-expert" }'), 30);
      // citing the clause counts as citing the amendment and the constitution it belongs to
      assert.equal(await total('{ cites: "provision:cruel-and-unusual-punishments-clause" }'), 20);
      assert.equal(await total('{ cites: "provision:us-constitution" }'), 20);
      assert.equal(await total('{ inSource: "source:report" }'), 60);
      assert.equal(await total('{ issue: "issue:q" }'), 2);
      assert.equal(await total('{ issue: "issue:q", stance: CON }'), 1);
      assert.equal(await total('{ kind: LEGAL, assertedBy: "actor:bob-official" }'), 0);
    });

    it('lists actors, provisions, sources and issues with filters', async () => {
      const r = await t.gql<Data>(`{
        people: actors(where: { kind: PERSON }) { totalCount }
        ann: actors(where: { nameContains: "ann" }) { edges { node { id members { person { id } } affiliations { role } claims { id } assertions { id } } } }
        school: actor(id: "actor:law-school") { members { role person { id } } }
        clauses: provisions(where: { kind: CLAUSE }) { edges { node { id partOf { id partOf { id } } } } }
        byCitation: provisions(where: { nameContains: "amend. viii" }) { totalCount }
        constitution: provision(id: "provision:us-constitution") { parts { id } citedBy { role } }
        clause: provision(id: "provision:cruel-and-unusual-punishments-clause") { citedBy { claim { id } } }
        sources { totalCount edges { node { id assertions { id } } } }
        issues { totalCount edges { node { id positions { stance } pro: positions(stance: PRO) { claim { id } } } } }
      }`);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      const d = r.data!;
      assert.equal(d.people.totalCount, 2);
      assert.equal(d.ann.edges[0].node.claims.length, 30);
      assert.deepEqual(d.ann.edges[0].node.affiliations, [{ role: 'professor' }]);
      assert.deepEqual(d.school.members, [{ role: 'professor', person: { id: 'actor:ann-expert' } }]);
      assert.deepEqual(d.clauses.edges[0].node.partOf, { id: 'provision:eighth-amendment', partOf: { id: 'provision:us-constitution' } });
      assert.equal(d.byCitation.totalCount, 2);
      assert.deepEqual(d.constitution.parts, [{ id: 'provision:eighth-amendment' }]);
      assert.equal(d.clause.citedBy.length, 20);
      assert.equal(d.sources.edges[0].node.assertions.length, 60);
      assert.equal(d.issues.edges[0].node.positions.length, 2);
      assert.deepEqual(d.issues.edges[0].node.pro, [{ claim: { id: 'claim:c001' } }]);
    });

    it('searches claims, quotes, actors and provisions, across British and American spelling', async () => {
      const hits = async (text: string) =>
        (await t.gql<Data>(`query ($text: String!) { search(text: $text) { score snippet node { __typename id } } }`, { text })).data!
          .search;
      const american = await hits('denaturalized naturalized');
      const british = await hits('denaturalised naturalised');
      assert.equal(american[0].node.id, 'claim:c000');
      assert.equal(british[0].node.id, 'claim:c000');
      assert.ok(american[0].score > 0);
      assert.equal((await hits('Ann Expert'))[0].node.__typename, 'Actor');
      assert.equal((await hits('cruel unusual'))[0].node.__typename, 'Provision');
      assert.equal((await hits('"Quote 17"'))[0].node.__typename, 'Assertion');
      assert.deepEqual(await hits('AND OR ()'), []);
      const empty = await t.gql('{ search(text: "   ") { score } }');
      assert.equal(codeOf(empty), 'BAD_USER_INPUT');
    });
  });

  describe('writes', () => {
    it('creates actors, sources, provisions, issues and claims with generated readable ids', async () => {
      const r = await t.gql<Data>(`mutation {
        actor: createActor(input: { name: "  Pam Bondi ", kind: PERSON, description: "Attorney General" }) { id name }
        again: createActor(input: { name: "Pam Bondi", kind: PERSON }) { id }
        source: createSource(input: { title: "Oval Office remarks", kind: STATEMENT, publishedAt: "2025-04-14", url: "https://example.org/x" }) { id publishedAt url }
        provision: createProvision(input: { name: "Due Process Clause", kind: CLAUSE, citation: "U.S. Const. amend. V", partOfId: "provision:us-constitution" }) { id partOf { id } }
        issue: createIssue(input: { question: "Should it be done?" }) { id question }
      }`);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.deepEqual(r.data!.actor, { id: 'actor:pam-bondi', name: 'Pam Bondi' });
      assert.equal(r.data!.again.id, 'actor:pam-bondi-2');
      assert.equal(r.data!.source.publishedAt, '2025-04-14');
      assert.deepEqual(r.data!.provision, { id: 'provision:due-process-clause', partOf: { id: 'provision:us-constitution' } });

      const claim = await t.gql<Data>(`mutation {
        createClaim(input: {
          text: "Homegrown criminals could be housed in CECOT.", kind: POLICY,
          assertion: { actorId: "actor:pam-bondi", sourceId: "source:oval-office-remarks", quote: "homegrown", date: "2025-04-14" },
          citations: [{ provisionId: "provision:due-process-clause", role: PROHIBITS, note: "n" }],
          positions: [{ issueId: "issue:q", stance: PRO }]
        }) { id assertions { actor { id } source { id } quote date } citations { role note provision { id } } positions { stance } }
      }`);
      assert.equal(claim.errors, undefined, JSON.stringify(claim.errors));
      assert.equal(claim.data!.createClaim.id, 'claim:homegrown-criminals-could-be-housed-in-cecot');
      assert.deepEqual(claim.data!.createClaim.assertions, [
        { actor: { id: 'actor:pam-bondi' }, source: { id: 'source:oval-office-remarks' }, quote: 'homegrown', date: '2025-04-14' },
      ]);
      assert.deepEqual(claim.data!.createClaim.citations, [
        { role: 'PROHIBITS', note: 'n', provision: { id: 'provision:due-process-clause' } },
      ]);
    });

    it('creates arguments (linked, undercut), assertions, citations and positions', async () => {
      const r = await t.gql<Data>(`mutation {
        linked: createArgument(input: { kind: SUPPORT, premiseIds: ["claim:c010", "claim:c011"], conclusionId: "claim:c012", scheme: "Argument from Expert Opinion" }) { id premises { id } conclusion { id } }
      }`);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.equal(r.data!.linked.premises.length, 2);
      const undercut = await t.gql<Data>(
        `mutation ($target: ID!) { createArgument(input: { kind: ATTACK, premiseIds: ["claim:c020"], targetArgumentId: $target, rationale: "r" }) { id attackKind conclusion { id } targetArgument { id undercutBy { id } } } }`,
        { target: r.data!.linked.id },
      );
      assert.equal(undercut.errors, undefined, JSON.stringify(undercut.errors));
      assert.equal(undercut.data!.createArgument.attackKind, 'UNDERCUT');
      assert.equal(undercut.data!.createArgument.conclusion, null);
      assert.deepEqual(undercut.data!.createArgument.targetArgument.undercutBy, [{ id: undercut.data!.createArgument.id }]);

      const more = await t.gql<Data>(
        `mutation ($arg: ID!) {
          onArgument: addAssertion(input: { actorId: "actor:ann-expert", argumentId: $arg, quote: "because" }) { id argument { id } claim { id } }
          cite: citeProvision(input: { claimId: "claim:c005", provisionId: "provision:eighth-amendment", role: CONTEXT }) { role claim { id } provision { id } }
          recite: citeProvision(input: { claimId: "claim:c005", provisionId: "provision:eighth-amendment", role: PERMITS, note: "changed" }) { role note }
          position: setPosition(input: { claimId: "claim:c005", issueId: "issue:q", stance: NEUTRAL }) { stance }
          reposition: setPosition(input: { claimId: "claim:c005", issueId: "issue:q", stance: CON }) { stance }
        }`,
        { arg: r.data!.linked.id },
      );
      assert.equal(more.errors, undefined, JSON.stringify(more.errors));
      assert.equal(more.data!.onArgument.claim, null);
      const check = await t.gql<Data>('{ claim(id: "claim:c005") { citations { role note } positions { stance } } }');
      assert.deepEqual(
        check.data!.claim.citations.find((c: Data) => c.note === 'changed'),
        { role: 'PERMITS', note: 'changed' },
      );
      assert.deepEqual(check.data!.claim.positions, [{ stance: 'CON' }]);
    });

    it('updates a claim and bumps updatedAt', async () => {
      const before = await t.gql<Data>('{ claim(id: "claim:c030") { updatedAt } }');
      const r = await t.gql<Data>('mutation { updateClaim(id: "claim:c030", input: { text: " New text. " }) { text kind updatedAt } }');
      assert.equal(r.data!.updateClaim.text, 'New text.');
      assert.equal(r.data!.updateClaim.kind, 'LEGAL');
      assert.ok(r.data!.updateClaim.updatedAt > before.data!.claim.updatedAt);
      assert.equal(codeOf(await t.gql('mutation { updateClaim(id: "claim:nope", input: { kind: VALUE }) { id } }')), 'NOT_FOUND');
      assert.equal(codeOf(await t.gql('mutation { updateClaim(id: "claim:c030", input: {}) { id } }')), 'BAD_USER_INPUT');
    });

    it('deletes a claim with its assertions, citations, positions and the arguments it leaves hanging, in one go', async () => {
      // In the fixture c003 is the only premise of a002 (-> c002) and the conclusion of a003 (<- c004).
      const before = await t.gql<Data>(
        '{ claim(id: "claim:c003") { premiseOf { id } supportedBy { id } attackedBy { id } assertions { id } citations { role } } }',
      );
      const hanging = [...before.data!.claim.premiseOf, ...before.data!.claim.supportedBy, ...before.data!.claim.attackedBy].map(
        (a: Data) => a.id,
      );
      assert.ok(hanging.length >= 2);
      const undercut = await t.gql<Data>(
        `mutation ($target: ID!) { createArgument(input: { kind: ATTACK, premiseIds: ["claim:c040"], targetArgumentId: $target }) { id } }`,
        { target: hanging[0] },
      );
      const r = await t.gql<Data>('mutation { deleteClaim(id: "claim:c003") }');
      assert.equal(r.data!.deleteClaim, 'claim:c003');
      const after = await t.gql<Data>('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: ['claim:c003', 'assertion:s003', ...hanging, undercut.data!.createArgument.id, 'claim:c002', 'claim:c004', 'claim:c040'],
      });
      const [claim, assertion, ...rest] = after.data!.nodes;
      assert.equal(claim, null);
      assert.equal(assertion, null);
      assert.deepEqual(rest.slice(0, hanging.length + 1), Array(hanging.length + 1).fill(null));
      assert.deepEqual(rest.slice(hanging.length + 1), [{ id: 'claim:c002' }, { id: 'claim:c004' }, { id: 'claim:c040' }]);
      assert.equal(codeOf(await t.gql('mutation { deleteClaim(id: "claim:c003") }')), 'NOT_FOUND');
    });

    it('deleteArgument removes the argument, its assertions and its undercuts', async () => {
      const arg = await t.gql<Data>(
        'mutation { createArgument(input: { kind: SUPPORT, premiseIds: ["claim:c050"], conclusionId: "claim:c051" }) { id } }',
      );
      const id = arg.data!.createArgument.id;
      const under = await t.gql<Data>(
        `mutation { createArgument(input: { kind: ATTACK, premiseIds: ["claim:c052"], targetArgumentId: "${id}" }) { id } }`,
      );
      await t.gql(`mutation { addAssertion(input: { actorId: "actor:ann-expert", argumentId: "${id}" }) { id } }`);
      const r = await t.gql<Data>(`mutation { deleteArgument(id: "${id}") }`);
      assert.equal(r.data!.deleteArgument, id);
      const left = await t.gql<Data>(
        `{ a: argument(id: "${id}") { id } u: argument(id: "${under.data!.createArgument.id}") { id } c: claim(id: "claim:c050") { premiseOf { id } } }`,
      );
      assert.equal(left.data!.a, null);
      assert.equal(left.data!.u, null);
      assert.ok(!left.data!.c.premiseOf.some((a: Data) => a.id === id));
    });
  });

  describe('refusals change nothing', () => {
    const refusals: [string, string, string, string][] = [
      [
        'self-attack',
        'mutation { createArgument(input: { kind: ATTACK, premiseIds: ["claim:c010"], conclusionId: "claim:c010" }) { id } }',
        'BAD_USER_INPUT',
        'input.conclusionId',
      ],
      [
        'no premises',
        'mutation { createArgument(input: { kind: SUPPORT, premiseIds: [], conclusionId: "claim:c010" }) { id } }',
        'BAD_USER_INPUT',
        'input.premiseIds',
      ],
      [
        'duplicate premises',
        'mutation { createArgument(input: { kind: SUPPORT, premiseIds: ["claim:c011", "claim:c011"], conclusionId: "claim:c010" }) { id } }',
        'BAD_USER_INPUT',
        'input.premiseIds[1]',
      ],
      [
        'missing premise',
        'mutation { createArgument(input: { kind: SUPPORT, premiseIds: ["claim:c011", "claim:ghost"], conclusionId: "claim:c010" }) { id } }',
        'NOT_FOUND',
        'input.premiseIds[1]',
      ],
      [
        'undercut of a missing argument',
        'mutation { createArgument(input: { kind: ATTACK, premiseIds: ["claim:c011"], targetArgumentId: "argument:ghost" }) { id } }',
        'NOT_FOUND',
        'input.targetArgumentId',
      ],
      [
        'citation of a missing provision',
        'mutation { createClaim(input: { text: "x y z", kind: LEGAL, citations: [{ provisionId: "provision:ghost", role: CONTEXT }] }) { id } }',
        'NOT_FOUND',
        'input.citations[0].provisionId',
      ],
      [
        'citeProvision of a missing provision',
        'mutation { citeProvision(input: { claimId: "claim:c010", provisionId: "provision:ghost", role: CONTEXT }) { role } }',
        'NOT_FOUND',
        'input.provisionId',
      ],
      [
        'assertion of both a claim and an argument',
        'mutation { addAssertion(input: { actorId: "actor:ann-expert", claimId: "claim:c010", argumentId: "argument:a001" }) { id } }',
        'BAD_USER_INPUT',
        'input.claimId',
      ],
      [
        'assertion of nothing',
        'mutation { addAssertion(input: { actorId: "actor:ann-expert" }) { id } }',
        'BAD_USER_INPUT',
        'input.claimId',
      ],
      [
        'assertion by a missing actor',
        'mutation { addAssertion(input: { actorId: "actor:ghost", claimId: "claim:c010" }) { id } }',
        'NOT_FOUND',
        'input.actorId',
      ],
      ['empty text', 'mutation { createClaim(input: { text: "   ", kind: LEGAL }) { id } }', 'BAD_USER_INPUT', 'input.text'],
      [
        'over-long text',
        `mutation { createClaim(input: { text: "${'x'.repeat(5001)}", kind: LEGAL }) { id } }`,
        'BAD_USER_INPUT',
        'input.text',
      ],
      [
        'a malformed id',
        'mutation { createClaim(input: { id: "claim:Not Valid", text: "t", kind: LEGAL }) { id } }',
        'BAD_USER_INPUT',
        'input.id',
      ],
      [
        'an id of another type',
        'mutation { createClaim(input: { id: "actor:x", text: "t", kind: LEGAL }) { id } }',
        'BAD_USER_INPUT',
        'input.id',
      ],
      ['a taken id', 'mutation { createClaim(input: { id: "claim:c010", text: "t", kind: LEGAL }) { id } }', 'CONFLICT', 'input.id'],
      [
        'a bad date',
        'mutation { createSource(input: { title: "t", kind: NEWS, publishedAt: "2025-02-30" }) { id } }',
        'BAD_USER_INPUT',
        'input.publishedAt',
      ],
      [
        'a non-http URL',
        'mutation { createSource(input: { title: "t", kind: NEWS, url: "ftp://x" }) { id } }',
        'BAD_USER_INPUT',
        'input.url',
      ],
      [
        'a missing parent provision',
        'mutation { createProvision(input: { name: "n", kind: CLAUSE, partOfId: "provision:ghost" }) { id } }',
        'NOT_FOUND',
        'input.partOfId',
      ],
    ];
    for (const [name, mutation, code, field] of refusals) {
      it(`${name}: ${code}`, async () => {
        const before = await counts(t);
        const r = await t.gql(mutation);
        assert.equal(codeOf(r), code, JSON.stringify(r.errors));
        assert.equal(fieldOf(r), field);
        assert.ok(r.errors?.[0]?.message.length, 'a message');
        assert.deepEqual(await counts(t), before);
      });
    }

    it('an import with one bad reference imports nothing', async () => {
      const before = await counts(t);
      const doc = asInput(debateFixture(5)) as Data;
      doc.claims = doc.claims.map((c: Data) => ({ ...c, id: c.id.replace('claim:c', 'claim:new') }));
      doc.arguments = [{ id: 'argument:new', kind: 'SUPPORT', premiseIds: ['claim:new000'], conclusionId: 'claim:ghost' }];
      doc.assertions = [];
      doc.citations = [];
      doc.positions = [];
      const r = await t.gql(IMPORT_MUTATION, { input: doc });
      assert.equal(codeOf(r), 'NOT_FOUND');
      assert.equal(fieldOf(r), 'input.arguments[0].conclusionId');
      assert.deepEqual(await counts(t), before);
    });
  });

  describe('access', () => {
    it('reads are public; mutations need a valid key', async () => {
      assert.equal((await t.gql('{ claims { totalCount } }', {}, null)).errors, undefined);
      const before = await counts(t);
      const none = await t.gql('mutation { createIssue(input: { question: "q?" }) { id } }', {}, null);
      assert.equal(codeOf(none), 'UNAUTHENTICATED');
      const wrong = await t.gql('mutation { createIssue(input: { question: "q?" }) { id } }', {}, 'wrong-key');
      assert.equal(codeOf(wrong), 'UNAUTHENTICATED');
      assert.deepEqual(await counts(t), before);
    });

    it('with no keys configured, writes are refused (FORBIDDEN), not opened', async () => {
      const closed = await startTestService({ apiKeys: [], wipe: false });
      try {
        const r = await closed.gql('mutation { createIssue(input: { question: "q?" }) { id } }', {}, 'anything');
        assert.equal(codeOf(r), 'FORBIDDEN');
        assert.match(r.errors![0]!.message, /ARGMAP_API_KEYS/);
      } finally {
        await closed.close();
      }
    });
  });

  describe('limits', () => {
    it('refuses deep, wide-aliased and costly operations with QUERY_TOO_COMPLEX', async () => {
      const deep =
        '{ claim(id: "claim:c001") { attackedBy { premises { attackedBy { premises { attackedBy { premises { attackedBy { premises { attackedBy { premises { id } } } } } } } } } } } }';
      assert.equal(codeOf(await t.gql(deep)), 'QUERY_TOO_COMPLEX');
      const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: claim(id: "claim:c001") { id }`).join(' ')} }`;
      assert.equal(codeOf(await t.gql(aliases)), 'QUERY_TOO_COMPLEX');
    });

    it('refuses an oversized request body', async () => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ claims { totalCount } } # ${'x'.repeat(3 * 1024 * 1024)}` }),
      });
      assert.equal(response.status, 413);
      const body = (await response.json()) as GqlResult;
      assert.equal(codeOf(body), 'BAD_REQUEST');
    });
  });

  describe('round trips', () => {
    it('claim(id) with every relation read with it costs exactly one round trip, @skip and @include honoured', async () => {
      const query = `query ($skip: Boolean!) { claim(id: "claim:c009") {
        text
        assertions { quote date actor { name kind } source { title publishedAt } claim { id } }
        assertedBy { name }
        citations { role note provision { name citation } claim { id } }
        supportedBy { id kind conclusion { id } } attackedBy { id attackKind conclusion { text } }
        counterclaims { text kind } premiseOf { id scheme }
        positions { stance claim { id } }
        counterclaimsAgain: counterclaims @skip(if: $skip) { premiseOf { premises { id } } }
      } }`;
      const r = await t.gql<Data>(query, { skip: true });
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.ok(r.data!.claim.assertions.length > 0 && r.data!.claim.citations.length > 0 && r.data!.claim.attackedBy.length > 0);
      assert.equal(r.extensions?.roundTrips, 1);
      // The skipped field, once included, needs what the claim's statement does not read: more round trips.
      const unskipped = await t.gql<Data>(query, { skip: false });
      assert.equal(unskipped.errors, undefined, JSON.stringify(unskipped.errors));
      assert.equal(unskipped.extensions?.roundTrips, 3);
    });

    const PAGE = `query ($first: Int) {
      claims(first: $first) {
        edges { node {
          id text
          assertions { quote actor { name affiliations { organization { name } } } source { title } }
          citations { role provision { name partOf { name } } }
          counterclaims { text assertedBy { name } }
          supportedBy { premises { id } }
          positions { stance issue { question } }
        } }
      }
    }`;

    it('a page of 50 claims with nested assertions, actors, sources, citations, provisions and counterclaims costs as many round trips as a page of 2', async () => {
      const small = await t.gql<Data>(PAGE, { first: 2 });
      const large = await t.gql<Data>(PAGE, { first: 50 });
      assert.equal(large.errors, undefined, JSON.stringify(large.errors));
      assert.equal(large.data!.claims.edges.length, 50);
      const trips = large.extensions?.roundTrips ?? -1;
      // At most one batch per nested field of the query (15 here), whatever the number of claims;
      // loaders shared by two levels (actors) may coalesce, so a run can take one fewer.
      const smallTrips = small.extensions?.roundTrips ?? -1;
      assert.ok(trips > 0 && trips <= 15, `round trips for 50 claims: ${trips}`);
      assert.ok(smallTrips > 0 && smallTrips <= 15, `round trips for 2 claims: ${smallTrips}`);
      assert.ok(Math.abs(trips - smallTrips) <= 1, `${smallTrips} round trips for 2 claims, ${trips} for 50`);
    });
  });
});

describe('importGraph', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService();
  });
  after(() => t?.close());

  it('is idempotent by id: the same document twice gives the same graph and creates nothing the second time', async () => {
    const input = asInput(debateFixture(30));
    const first = await t.gql<Data>(IMPORT_MUTATION, { input });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    const after1 = await t.service.backend.repos.database.counts();
    // The map's own nodes and relationships, not the revision log's.
    assert.equal(first.data!.importGraph.nodesCreated, after1.nodes);
    assert.equal(first.data!.importGraph.relationshipsCreated, after1.relationships);
    const createdAt = (await t.gql<Data>('{ claim(id: "claim:c001") { createdAt updatedAt } }')).data!.claim;
    const second = await t.gql<Data>(IMPORT_MUTATION, { input });
    assert.deepEqual(await t.service.backend.repos.database.counts(), after1);
    assert.equal(second.data!.importGraph.nodesCreated, 0);
    assert.equal(second.data!.importGraph.relationshipsCreated, 0);
    assert.equal(second.data!.importGraph.relationshipsDeleted, 0);
    assert.equal(first.data!.importGraph.items, second.data!.importGraph.items);
    assert.deepEqual((await t.gql<Data>('{ claim(id: "claim:c001") { createdAt updatedAt } }')).data!.claim, createdAt);
  });

  it('updates what changed and moves an argument to its new premises', async () => {
    const doc = asInput(debateFixture(30)) as Data;
    doc.claims[1].text = 'Changed text.';
    doc.arguments[0].premiseIds = ['claim:c005'];
    const r = await t.gql<Data>(IMPORT_MUTATION, { input: doc });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.equal(r.data!.importGraph.relationshipsDeleted, 1);
    const check = await t.gql<Data>('{ claim(id: "claim:c001") { text attackedBy { premises { id } } } }');
    assert.deepEqual(check.data!.claim, { text: 'Changed text.', attackedBy: [{ premises: [{ id: 'claim:c005' }] }] });
  });
});
