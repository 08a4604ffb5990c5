// Curating a map (DESIGN.md section 9): every entity updated and deleted in place, against the real Neo4j.
// Each change is made with a current expectedRevision after a stale one was refused, is one revision
// by the write key, and is undone by `revert` to exactly the map before (its JSON export compared).
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { IMPORT_MUTATION } from '../support/fixtures.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EDITOR = 'editor-key-0123456';
const ADMIN = 'admin-key-01234567';
const READER = 'reader-key-0123456';
const KEYS = [`editor:${EDITOR}:write`, `admin:${ADMIN}:admin`, `reader:${READER}:read`];

const BUSY_ASSERTIONS = 12;

/** Every kind of node, each with what may depend on it. */
const document = {
  issues: [
    { id: 'issue:q', question: 'May it be done?' },
    { id: 'issue:r', question: 'Should it be done?' },
  ],
  actors: [
    { id: 'actor:p', name: 'Pat', kind: 'PERSON', description: 'a senator' },
    { id: 'actor:o', name: 'Org', kind: 'ORGANIZATION' },
    { id: 'actor:m', name: 'Max', kind: 'PERSON' },
    { id: 'actor:busy', name: 'Busy', kind: 'MEDIA' },
    { id: 'actor:lonely', name: 'Lonely', kind: 'PERSON' },
  ],
  affiliations: [
    { actorId: 'actor:p', organizationId: 'actor:o', role: 'adviser' },
    { actorId: 'actor:m', organizationId: 'actor:o', role: 'member' },
  ],
  sources: [
    { id: 'source:s', title: 'S', kind: 'NEWS', publisher: 'The Paper', publishedAt: '2025-04-14', url: 'https://example.org/s' },
    { id: 'source:t', title: 'T', kind: 'OPINION' },
  ],
  provisions: [
    { id: 'provision:const', name: 'Constitution', kind: 'CONSTITUTION' },
    { id: 'provision:amend', name: 'Amendment', kind: 'AMENDMENT', citation: 'amend. VIII', partOfId: 'provision:const' },
    { id: 'provision:clause', name: 'Clause', kind: 'CLAUSE', partOfId: 'provision:amend' },
    { id: 'provision:free', name: 'Free', kind: 'STATUTE' },
  ],
  claims: ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'].map((k) => ({ id: `claim:${k}`, text: `Claim ${k}`, kind: 'LEGAL' })),
  arguments: [
    { id: 'argument:a1', kind: 'SUPPORT', premiseIds: ['claim:k1', 'claim:k2'], conclusionId: 'claim:k3', scheme: 'Argument from Rule' },
    { id: 'argument:a2', kind: 'ATTACK', attackKind: 'UNDERMINE', premiseIds: ['claim:k4'], conclusionId: 'claim:k3' },
    { id: 'argument:u', kind: 'ATTACK', premiseIds: ['claim:k5'], targetArgumentId: 'argument:a1' },
  ],
  assertions: [
    { id: 'assertion:x1', actorId: 'actor:p', claimId: 'claim:k1', sourceId: 'source:s', quote: 'k1 it is', date: '2025-04-13' },
    { id: 'assertion:x2', actorId: 'actor:o', claimId: 'claim:k3', sourceId: 'source:s', quote: 'k3 it is' },
    { id: 'assertion:x3', actorId: 'actor:p', argumentId: 'argument:a1' },
    ...Array.from({ length: BUSY_ASSERTIONS }, (_, i) => ({
      id: `assertion:busy-${String(i).padStart(2, '0')}`,
      actorId: 'actor:busy',
      claimId: 'claim:k6',
    })),
  ],
  citations: [
    { claimId: 'claim:k1', provisionId: 'provision:clause', role: 'PROHIBITS', note: 'read broadly' },
    { claimId: 'claim:k2', provisionId: 'provision:amend', role: 'CONTEXT' },
  ],
  positions: [
    { claimId: 'claim:k3', issueId: 'issue:q', stance: 'PRO' },
    { claimId: 'claim:k4', issueId: 'issue:q', stance: 'CON' },
  ],
};

const UPDATE = {
  actor:
    'mutation ($id: ID!, $input: UpdateActorInput!, $expectedRevision: Int) { updateActor(id: $id, input: $input, expectedRevision: $expectedRevision) { id name kind description } }',
  source:
    'mutation ($id: ID!, $input: UpdateSourceInput!, $expectedRevision: Int) { updateSource(id: $id, input: $input, expectedRevision: $expectedRevision) { id title kind publisher author publishedAt url } }',
  provision:
    'mutation ($id: ID!, $input: UpdateProvisionInput!, $expectedRevision: Int) { updateProvision(id: $id, input: $input, expectedRevision: $expectedRevision) { id name kind citation summary partOf { id } } }',
  assertion:
    'mutation ($id: ID!, $input: UpdateAssertionInput!, $expectedRevision: Int) { updateAssertion(id: $id, input: $input, expectedRevision: $expectedRevision) { id quote date actor { id } source { id } claim { id } } }',
  argument:
    'mutation ($id: ID!, $input: UpdateArgumentInput!, $expectedRevision: Int) { updateArgument(id: $id, input: $input, expectedRevision: $expectedRevision) { id kind attackKind scheme rationale premises { id } conclusion { id } targetArgument { id } assertions { id } } }',
  issue:
    'mutation ($id: ID!, $input: UpdateIssueInput!, $expectedRevision: Int) { updateIssue(id: $id, input: $input, expectedRevision: $expectedRevision) { id question } }',
  citation:
    'mutation ($claimId: ID!, $provisionId: ID!, $input: UpdateCitationInput!, $expectedRevision: Int) { updateCitation(claimId: $claimId, provisionId: $provisionId, input: $input, expectedRevision: $expectedRevision) { claim { id } provision { id } role note } }',
};
const del = (name: string) =>
  `mutation ($id: ID!, $expectedRevision: Int, $cascade: Boolean) { ${name}(id: $id, expectedRevision: $expectedRevision, cascade: $cascade) }`;
const DELETE = {
  actor: del('deleteActor'),
  source: del('deleteSource'),
  provision: del('deleteProvision'),
  issue: del('deleteIssue'),
  assertion: 'mutation ($id: ID!, $expectedRevision: Int) { deleteAssertion(id: $id, expectedRevision: $expectedRevision) }',
};
const REMOVE = {
  citation:
    'mutation ($claimId: ID!, $provisionId: ID!, $expectedRevision: Int) { removeCitation(claimId: $claimId, provisionId: $provisionId, expectedRevision: $expectedRevision) { id citations { provision { id } } } }',
  position:
    'mutation ($claimId: ID!, $issueId: ID!, $expectedRevision: Int) { removePosition(claimId: $claimId, issueId: $issueId, expectedRevision: $expectedRevision) { id positions { issue { id } } } }',
};

const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const field = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.field;

describe('curating a map: every entity updated and deleted', () => {
  let t: TestService;
  let other: string;

  before(async () => {
    t = await startTestService({ apiKeys: KEYS });
    // A second map, whose nodes no item of the first may join.
    const map = await t.gql<Data>('mutation { createMap(input: { name: "Curating elsewhere" }) { id } }', {}, EDITOR);
    assert.equal(map.errors, undefined, JSON.stringify(map.errors));
    other = map.data!.createMap.id;
    for (const create of [
      'createClaim(mapId: $mapId, input: { id: "claim:elsewhere", text: "Elsewhere", kind: VALUE }) { id }',
      'createActor(mapId: $mapId, input: { id: "actor:elsewhere", name: "Elsewhere", kind: PERSON }) { id }',
      'createProvision(mapId: $mapId, input: { id: "provision:elsewhere", name: "Elsewhere", kind: STATUTE }) { id }',
    ]) {
      const r = await t.gql(`mutation ($mapId: ID) { ${create} }`, { mapId: other }, EDITOR);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    }
  });
  // Each case starts from the whole fixture: the import puts back what an earlier case deleted for good.
  beforeEach(async () => {
    const imported = await t.gql(IMPORT_MUTATION, { input: document }, ADMIN);
    assert.equal(imported.errors, undefined, JSON.stringify(imported.errors));
  });
  after(() => t?.close());

  const exported = async () => JSON.stringify(await t.service.backend.repos.graphExport.exportGraph());
  const latest = async () => {
    const r = await t.gql<Data>('{ revisions(last: 1) { edges { node { revision keyName operation nodeIds } } } }');
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data!.revisions.edges[0].node as { revision: number; keyName: string; operation: string; nodeIds: string[] };
  };
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const r = await t.gql<Data>(query, variables, EDITOR);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data!;
  };

  /** A refused write: the error's code and field, and the map and its revision as they were. */
  async function refused(query: string, variables: Record<string, unknown>, expected: { code: string; field?: string; message?: RegExp }) {
    const map = await exported();
    const revision = (await latest()).revision;
    const r = await t.gql<Data>(query, variables, EDITOR);
    assert.equal(code(r), expected.code, JSON.stringify(r.errors));
    if (expected.field) assert.equal(field(r), expected.field, JSON.stringify(r.errors));
    if (expected.message) assert.match(r.errors![0]!.message, expected.message);
    assert.equal(await exported(), map, 'a refused write changes nothing');
    assert.equal((await latest()).revision, revision, 'a refused write makes no revision');
    return r;
  }

  /**
   * The life of one curating write: refused with a stale `expectedRevision` (0: read before the
   * map held the node), then made with the current one as one revision by the editor's key, then
   * undone by `revert`, which gives back exactly the map before. Returns the write's answer.
   */
  async function roundTrip(operation: string, query: string, variables: Record<string, unknown>): Promise<Data> {
    const map = await exported();
    const start = await latest();
    const stale = await refused(query, { ...variables, expectedRevision: 0 }, { code: 'CONFLICT', field: 'expectedRevision' });
    assert.equal(stale.errors![0]!.extensions!.currentRevision, start.revision);

    const done = await ok(query, { ...variables, expectedRevision: start.revision });
    const revision = await latest();
    assert.equal(revision.revision, start.revision + 1, 'one revision');
    assert.equal(revision.operation, operation);
    assert.equal(revision.keyName, 'editor');
    assert.notEqual(await exported(), map, `${operation} changed the map`);

    const reverted = await t.gql(`mutation { revert(revision: ${revision.revision}) { revision } }`, {}, ADMIN);
    assert.equal(reverted.errors, undefined, JSON.stringify(reverted.errors));
    assert.equal(await exported(), map, `revert gives back exactly the map before ${operation}`);
    return done;
  }

  it('refuses every curating write without the write role, and without a key', async () => {
    const writes: [string, Record<string, unknown>][] = [
      [UPDATE.actor, { id: 'actor:p', input: { name: 'X' } }],
      [DELETE.actor, { id: 'actor:lonely' }],
      [UPDATE.source, { id: 'source:t', input: { title: 'X' } }],
      [DELETE.source, { id: 'source:t' }],
      [UPDATE.provision, { id: 'provision:free', input: { name: 'X' } }],
      [DELETE.provision, { id: 'provision:free' }],
      [UPDATE.assertion, { id: 'assertion:x1', input: { quote: 'X' } }],
      [DELETE.assertion, { id: 'assertion:x1' }],
      [UPDATE.citation, { claimId: 'claim:k1', provisionId: 'provision:clause', input: { role: 'PERMITS' } }],
      [REMOVE.citation, { claimId: 'claim:k1', provisionId: 'provision:clause' }],
      [UPDATE.argument, { id: 'argument:a1', input: { rationale: 'X' } }],
      [UPDATE.issue, { id: 'issue:r', input: { question: 'X?' } }],
      [DELETE.issue, { id: 'issue:r' }],
      [REMOVE.position, { claimId: 'claim:k3', issueId: 'issue:q' }],
    ];
    const map = await exported();
    for (const [query, variables] of writes) {
      assert.equal(code(await t.gql(query, variables, READER)), 'FORBIDDEN', query);
      assert.equal(code(await t.gql(query, variables, null)), 'UNAUTHENTICATED', query);
    }
    assert.equal(await exported(), map);
  });

  describe('actors', () => {
    it('updateActor renames, changes only the fields given, clears a description given as null, and reverts', async () => {
      const done = await roundTrip('updateActor', UPDATE.actor, { id: 'actor:p', input: { name: 'Pat Q. Public', description: null } });
      assert.deepEqual(done.updateActor, { id: 'actor:p', name: 'Pat Q. Public', kind: 'PERSON', description: null });
    });

    it('updateActor refuses bad input, naming the field, and an unknown actor', async () => {
      await refused(UPDATE.actor, { id: 'actor:p', input: { name: '  ' } }, { code: 'BAD_USER_INPUT', field: 'input.name' });
      await refused(UPDATE.actor, { id: 'actor:p', input: { name: null } }, { code: 'BAD_USER_INPUT', field: 'input.name' });
      await refused(UPDATE.actor, { id: 'actor:p', input: {} }, { code: 'BAD_USER_INPUT', field: 'input' });
      await refused(
        UPDATE.actor,
        { id: 'actor:p', input: { description: 'x'.repeat(1001) } },
        { code: 'BAD_USER_INPUT', field: 'input.description' },
      );
      await refused(UPDATE.actor, { id: 'claim:k1', input: { name: 'X' } }, { code: 'BAD_USER_INPUT', field: 'id' });
      await refused(UPDATE.actor, { id: 'actor:nobody', input: { name: 'X' } }, { code: 'NOT_FOUND', field: 'id' });
    });

    it('deleteActor is refused while assertions and affiliations depend on it, naming them; cascade takes them, and reverts', async () => {
      const conflict = await refused(
        DELETE.actor,
        { id: 'actor:p' },
        { code: 'CONFLICT', field: 'id', message: /2 assertions.*1 affiliation/ },
      );
      assert.deepEqual(conflict.errors![0]!.extensions!.dependants, [
        { relation: 'assertions', count: 2, ids: ['assertion:x1', 'assertion:x3'] },
        { relation: 'affiliations', count: 1, ids: ['actor:o'] },
      ]);
      const org = await refused(DELETE.actor, { id: 'actor:o' }, { code: 'CONFLICT' });
      assert.deepEqual(org.errors![0]!.extensions!.dependants, [
        { relation: 'assertions', count: 1, ids: ['assertion:x2'] },
        { relation: 'members', count: 2, ids: ['actor:m', 'actor:p'] },
      ]);
      // Many dependants: the first few by id, and how many there are.
      const busy = await refused(DELETE.actor, { id: 'actor:busy' }, { code: 'CONFLICT', message: /12 assertions \(.*, 2 more\)/ });
      const [assertions] = busy.errors![0]!.extensions!.dependants as { count: number; ids: string[] }[];
      assert.equal(assertions!.count, BUSY_ASSERTIONS);
      assert.deepEqual(
        assertions!.ids,
        Array.from({ length: 10 }, (_, i) => `assertion:busy-${String(i).padStart(2, '0')}`),
      );

      await roundTrip('deleteActor', DELETE.actor, { id: 'actor:p', cascade: true });
      // For good: a member's affiliation goes with it, the organisation stays.
      assert.equal((await ok(DELETE.actor, { id: 'actor:m', cascade: true })).deleteActor, 'actor:m');
      const left = await ok('{ nodes(ids: ["actor:m", "actor:o"]) { id ... on Actor { members { person { id } } } } }', {});
      assert.deepEqual(left.nodes, [null, { id: 'actor:o', members: [{ person: { id: 'actor:p' } }] }]);
    });

    it('deleteActor deletes an actor nothing depends on; deleting it again is NOT_FOUND', async () => {
      assert.equal((await ok(DELETE.actor, { id: 'actor:lonely' })).deleteActor, 'actor:lonely');
      await refused(DELETE.actor, { id: 'actor:lonely' }, { code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('sources', () => {
    it('updateSource changes the fields given, clears the ones given as null, and reverts', async () => {
      const done = await roundTrip('updateSource', UPDATE.source, {
        id: 'source:s',
        input: { title: 'S, corrected', publishedAt: '2025-04-15', publisher: null },
      });
      assert.deepEqual(done.updateSource, {
        id: 'source:s',
        title: 'S, corrected',
        kind: 'NEWS',
        publisher: null,
        author: null,
        publishedAt: '2025-04-15',
        url: 'https://example.org/s',
      });
    });

    it('updateSource refuses bad input, naming the field', async () => {
      await refused(UPDATE.source, { id: 'source:s', input: { url: 'ftp://example.org' } }, { code: 'BAD_USER_INPUT', field: 'input.url' });
      await refused(UPDATE.source, { id: 'source:s', input: { title: '' } }, { code: 'BAD_USER_INPUT', field: 'input.title' });
    });

    it('deleteSource is refused while assertions are reported in it; cascade takes them, and reverts', async () => {
      const conflict = await refused(DELETE.source, { id: 'source:s' }, { code: 'CONFLICT', field: 'id' });
      assert.deepEqual(conflict.errors![0]!.extensions!.dependants, [
        { relation: 'assertions', count: 2, ids: ['assertion:x1', 'assertion:x2'] },
      ]);
      await roundTrip('deleteSource', DELETE.source, { id: 'source:s', cascade: true });
      assert.equal((await ok(DELETE.source, { id: 'source:t' })).deleteSource, 'source:t');
      await refused(DELETE.source, { id: 'source:t' }, { code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('provisions', () => {
    it('updateProvision renames and moves a provision under another, and reverts', async () => {
      const done = await roundTrip('updateProvision', UPDATE.provision, {
        id: 'provision:clause',
        input: { name: 'The Clause', summary: 'What it says', partOfId: 'provision:const' },
      });
      assert.deepEqual(done.updateProvision, {
        id: 'provision:clause',
        name: 'The Clause',
        kind: 'CLAUSE',
        citation: null,
        summary: 'What it says',
        partOf: { id: 'provision:const' },
      });
      const detached = await roundTrip('updateProvision', UPDATE.provision, { id: 'provision:amend', input: { partOfId: null } });
      assert.equal(detached.updateProvision.partOf, null);
    });

    it('updateProvision refuses a parent that is itself, one of its parts, in another map or missing', async () => {
      const move = (id: string, partOfId: string) => ({ id, input: { partOfId } });
      await refused(UPDATE.provision, move('provision:const', 'provision:const'), { code: 'BAD_USER_INPUT', field: 'input.partOfId' });
      await refused(UPDATE.provision, move('provision:const', 'provision:clause'), {
        code: 'BAD_USER_INPUT',
        field: 'input.partOfId',
        message: /already one of its parts/,
      });
      await refused(UPDATE.provision, move('provision:free', 'provision:elsewhere'), { code: 'BAD_USER_INPUT', field: 'input.partOfId' });
      await refused(UPDATE.provision, move('provision:free', 'provision:nowhere'), { code: 'BAD_USER_INPUT', field: 'input.partOfId' });
    });

    it('deleteProvision is refused while cited or with parts, naming them; cascade takes its parts and all their citations, and reverts', async () => {
      const conflict = await refused(DELETE.provision, { id: 'provision:amend' }, { code: 'CONFLICT', field: 'id' });
      assert.deepEqual(conflict.errors![0]!.extensions!.dependants, [
        { relation: 'citedBy', count: 2, ids: ['claim:k1', 'claim:k2'] },
        { relation: 'parts', count: 1, ids: ['provision:clause'] },
      ]);
      await roundTrip('deleteProvision', DELETE.provision, { id: 'provision:amend', cascade: true });
      const counts = () => t.service.backend.repos.database.counts();
      const before = await counts();
      await ok(DELETE.provision, { id: 'provision:const', cascade: true });
      const left = await counts();
      assert.equal(before.nodes - left.nodes, 3, 'the constitution, its amendment and its clause');
      const claims = await ok('{ nodes(ids: ["claim:k1", "claim:k2"]) { ... on Claim { id citations { provision { id } } } } }', {});
      assert.deepEqual(claims.nodes, [
        { id: 'claim:k1', citations: [] },
        { id: 'claim:k2', citations: [] },
      ]);
      await refused(DELETE.provision, { id: 'provision:amend' }, { code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('assertions', () => {
    it('updateAssertion gives a quote to the right speaker, drops its source, and reverts', async () => {
      const done = await roundTrip('updateAssertion', UPDATE.assertion, {
        id: 'assertion:x2',
        input: { actorId: 'actor:p', sourceId: null, date: '2025-04-12' },
      });
      assert.deepEqual(done.updateAssertion, {
        id: 'assertion:x2',
        quote: 'k3 it is',
        date: '2025-04-12',
        actor: { id: 'actor:p' },
        source: null,
        claim: { id: 'claim:k3' },
      });
      const moved = await roundTrip('updateAssertion', UPDATE.assertion, {
        id: 'assertion:x3',
        input: { sourceId: 'source:t', quote: 'a1, said' },
      });
      assert.deepEqual(moved.updateAssertion.source, { id: 'source:t' });
    });

    it('updateAssertion refuses no actor, an actor or source of another map or none, and bad words', async () => {
      const change = (input: Record<string, unknown>) => ({ id: 'assertion:x1', input });
      await refused(UPDATE.assertion, change({ actorId: null }), { code: 'BAD_USER_INPUT', field: 'input.actorId' });
      await refused(UPDATE.assertion, change({ actorId: 'actor:elsewhere' }), { code: 'BAD_USER_INPUT', field: 'input.actorId' });
      await refused(UPDATE.assertion, change({ actorId: 'actor:nobody' }), { code: 'BAD_USER_INPUT', field: 'input.actorId' });
      await refused(UPDATE.assertion, change({ actorId: 'source:s' }), { code: 'BAD_USER_INPUT', field: 'input.actorId' });
      await refused(UPDATE.assertion, change({ sourceId: 'source:nowhere' }), { code: 'BAD_USER_INPUT', field: 'input.sourceId' });
      await refused(UPDATE.assertion, change({ quote: 'x'.repeat(2001) }), { code: 'BAD_USER_INPUT', field: 'input.quote' });
    });

    it('deleteAssertion deletes it, and reverts; deleting it again is NOT_FOUND', async () => {
      await roundTrip('deleteAssertion', DELETE.assertion, { id: 'assertion:x1' });
      assert.equal((await ok(DELETE.assertion, { id: 'assertion:x3' })).deleteAssertion, 'assertion:x3');
      await refused(DELETE.assertion, { id: 'assertion:x3' }, { code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('citations and positions', () => {
    it('updateCitation changes the role, clears the note, and reverts; a citation that is not there is NOT_FOUND', async () => {
      const done = await roundTrip('updateCitation', UPDATE.citation, {
        claimId: 'claim:k1',
        provisionId: 'provision:clause',
        input: { role: 'PERMITS', note: null },
      });
      assert.deepEqual(done.updateCitation, {
        claim: { id: 'claim:k1' },
        provision: { id: 'provision:clause' },
        role: 'PERMITS',
        note: null,
      });
      const absent = { claimId: 'claim:k1', provisionId: 'provision:free', input: { role: 'PERMITS' } };
      await refused(UPDATE.citation, absent, { code: 'NOT_FOUND', field: 'provisionId' });
      const noRole = { claimId: 'claim:k1', provisionId: 'provision:clause', input: { role: null } };
      await refused(UPDATE.citation, noRole, { code: 'BAD_USER_INPUT', field: 'input.role' });
      const long = { claimId: 'claim:k1', provisionId: 'provision:clause', input: { note: 'x'.repeat(1001) } };
      await refused(UPDATE.citation, long, { code: 'BAD_USER_INPUT', field: 'input.note' });
    });

    it('removeCitation takes a citation away, and reverts; removing it again is NOT_FOUND', async () => {
      const done = await roundTrip('removeCitation', REMOVE.citation, { claimId: 'claim:k1', provisionId: 'provision:clause' });
      assert.deepEqual(done.removeCitation, { id: 'claim:k1', citations: [] });
      await ok(REMOVE.citation, { claimId: 'claim:k2', provisionId: 'provision:amend' });
      await refused(REMOVE.citation, { claimId: 'claim:k2', provisionId: 'provision:amend' }, { code: 'NOT_FOUND', field: 'provisionId' });
      await refused(REMOVE.citation, { claimId: 'claim:none', provisionId: 'provision:amend' }, { code: 'NOT_FOUND', field: 'claimId' });
    });

    it('removePosition takes a stance away, and reverts; removing it again is NOT_FOUND', async () => {
      const done = await roundTrip('removePosition', REMOVE.position, { claimId: 'claim:k3', issueId: 'issue:q' });
      assert.deepEqual(done.removePosition, { id: 'claim:k3', positions: [] });
      await ok(REMOVE.position, { claimId: 'claim:k4', issueId: 'issue:q' });
      await refused(REMOVE.position, { claimId: 'claim:k4', issueId: 'issue:q' }, { code: 'NOT_FOUND', field: 'issueId' });
    });
  });

  describe('issues', () => {
    it('updateIssue rewords the question, and reverts; an empty one is refused', async () => {
      const done = await roundTrip('updateIssue', UPDATE.issue, { id: 'issue:q', input: { question: 'May it be done at all?' } });
      assert.deepEqual(done.updateIssue, { id: 'issue:q', question: 'May it be done at all?' });
      await refused(UPDATE.issue, { id: 'issue:q', input: { question: ' ' } }, { code: 'BAD_USER_INPUT', field: 'input.question' });
    });

    it('deleteIssue is refused while claims take positions on it; cascade takes the positions, and reverts', async () => {
      const conflict = await refused(DELETE.issue, { id: 'issue:q' }, { code: 'CONFLICT', field: 'id' });
      assert.deepEqual(conflict.errors![0]!.extensions!.dependants, [{ relation: 'positions', count: 2, ids: ['claim:k3', 'claim:k4'] }]);
      await roundTrip('deleteIssue', DELETE.issue, { id: 'issue:q', cascade: true });
      assert.equal((await ok(DELETE.issue, { id: 'issue:r' })).deleteIssue, 'issue:r');
      await refused(DELETE.issue, { id: 'issue:r' }, { code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('arguments', () => {
    it('updateArgument changes premises (one dropped, the order changed), kind, scheme and rationale in place, keeping its assertions, and reverts', async () => {
      const done = await roundTrip('updateArgument', UPDATE.argument, {
        id: 'argument:a1',
        input: { premiseIds: ['claim:k6', 'claim:k2'], scheme: null, rationale: 'Not k1 after all' },
      });
      assert.deepEqual(done.updateArgument, {
        id: 'argument:a1',
        kind: 'SUPPORT',
        attackKind: null,
        scheme: null,
        rationale: 'Not k1 after all',
        premises: [{ id: 'claim:k6' }, { id: 'claim:k2' }],
        conclusion: { id: 'claim:k3' },
        targetArgument: null,
        assertions: [{ id: 'assertion:x3' }],
      });
      // A support made an attack: REBUT unless said otherwise.
      const attack = await roundTrip('updateArgument', UPDATE.argument, { id: 'argument:a1', input: { kind: 'ATTACK' } });
      assert.equal(attack.updateArgument.attackKind, 'REBUT');
    });

    it('updateArgument turns an attack on a claim into an undercut of an argument, and back, each reverted', async () => {
      const undercut = await roundTrip('updateArgument', UPDATE.argument, {
        id: 'argument:a2',
        input: { targetArgumentId: 'argument:a1' },
      });
      assert.deepEqual(
        {
          attackKind: undercut.updateArgument.attackKind,
          conclusion: undercut.updateArgument.conclusion,
          target: undercut.updateArgument.targetArgument,
        },
        { attackKind: 'UNDERCUT', conclusion: null, target: { id: 'argument:a1' } },
      );
      const rebut = await roundTrip('updateArgument', UPDATE.argument, { id: 'argument:u', input: { conclusionId: 'claim:k3' } });
      assert.deepEqual(
        {
          attackKind: rebut.updateArgument.attackKind,
          conclusion: rebut.updateArgument.conclusion,
          target: rebut.updateArgument.targetArgument,
        },
        { attackKind: 'REBUT', conclusion: { id: 'claim:k3' }, target: null },
      );
    });

    it('updateArgument refuses a self-attack, nodes of another map or none, and an undercut of itself, naming the field', async () => {
      const change = (id: string, input: Record<string, unknown>) => ({ id, input });
      const bad = (id: string, input: Record<string, unknown>, at: string, message?: RegExp) =>
        refused(UPDATE.argument, change(id, input), { code: 'BAD_USER_INPUT', field: at, ...(message ? { message } : {}) });
      await bad('argument:a2', { premiseIds: ['claim:k3'] }, 'input.conclusionId', /cannot attack itself/);
      await bad('argument:a1', { conclusionId: 'claim:k2' }, 'input.conclusionId', /cannot support itself/);
      await bad('argument:a1', { premiseIds: ['claim:k1', 'claim:elsewhere'] }, 'input.premiseIds[1]');
      await bad('argument:a1', { conclusionId: 'claim:elsewhere' }, 'input.conclusionId');
      await bad('argument:a1', { premiseIds: ['claim:k1', 'claim:k1'] }, 'input.premiseIds[1]');
      await bad('argument:a1', { premiseIds: [] }, 'input.premiseIds');
      await bad('argument:u', { targetArgumentId: 'argument:nowhere' }, 'input.targetArgumentId');
      await bad('argument:u', { targetArgumentId: 'argument:u' }, 'input.targetArgumentId', /cannot undercut itself/);
      // a1 is undercut by u: aiming a1 at u would make each undercut the other.
      await bad('argument:a1', { kind: 'ATTACK', targetArgumentId: 'argument:u' }, 'input.targetArgumentId', /undercuts it already/);
      await bad('argument:a1', { attackKind: 'REBUT' }, 'input.attackKind');
      await bad('argument:a1', { conclusionId: null }, 'input.conclusionId');
      await bad('argument:a1', {}, 'input');
      await refused(UPDATE.argument, change('argument:nowhere', { rationale: 'X' }), { code: 'NOT_FOUND', field: 'id' });
    });
  });
});
