import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import type { GraphQLSchema } from 'graphql';
import type { GraphDocument } from '../../src/domain/graph-document.js';
import { slugify, type NodeLabel } from '../../src/domain/ids.js';
import { parseGraphDocument, readGraphDocument } from '../../src/cli/document-io.js';
import { aifNodeId, aifToDocument, documentToAif, parseAif, splitSpeaker } from '../../src/interchange/aif.js';
import { InterchangeError } from '../../src/interchange/common.js';
import { convertFile } from '../../src/interchange/files.js';
import { buildSchema } from '../../src/api/graphql/schema.js';
import { SEED_FILE } from '../../src/cli/seed.js';
import { countByType, structureOf } from '../support/aif-structure.js';
import { corporaMissing, corpusMaps } from '../support/corpora.js';

const LABEL: Record<string, NodeLabel> = { I: 'Claim', RA: 'Argument', CA: 'Argument', MA: 'Argument', L: 'Assertion' };
const source = { id: 'source:t', title: 't', kind: 'REPORT' as const, publisher: null, author: null, publishedAt: null, url: null };

/** Reasons of the import's tally that stand for whole nodes of one AIF type. */
function skippedNodes(skipped: Record<string, number>, type: string): number {
  return Object.entries(skipped)
    .filter(([reason]) =>
      type === 'YA'
        ? reason.startsWith('YA-nodes') || reason.includes('second and further illocutions')
        : reason.startsWith(`${type}-nodes without`) || (type === 'L' && reason.startsWith('L-nodes')),
    )
    .reduce((sum, [, n]) => sum + n, 0);
}

let schema: GraphQLSchema;
before(async () => {
  schema = await buildSchema();
});

describe('AIF import: the mapping', () => {
  const aif = parseAif(
    {
      nodes: [
        { nodeID: 1, text: 'Bob : Taxes should fall.', type: 'L' },
        { nodeID: 2, text: 'Taxes should fall', type: 'I' },
        { nodeID: 3, text: 'Asserting', type: 'YA', scheme: 'Asserting' },
        { nodeID: 4, text: 'Ann : They fund schools, and schools matter.', type: 'L' },
        { nodeID: 5, text: 'Taxes fund schools', type: 'I' },
        { nodeID: 6, text: 'Schools matter', type: 'I' },
        { nodeID: 7, text: 'Default Conflict', type: 'CA' },
        { nodeID: 8, text: 'Default Transition', type: 'TA' },
        { nodeID: 9, text: 'Asserting', type: 'YA' },
        { nodeID: 10, text: 'Growth follows', type: 'I' },
        { nodeID: 11, text: 'Default Inference', type: 'RA', scheme: 'Argument From Consequences', schemeID: '9' },
        { nodeID: 12, text: 'Taxes ought to fall', type: 'I' },
        { nodeID: 13, text: 'Default Rephrase', type: 'MA' },
        { nodeID: 14, text: 'Default Conflict', type: 'CA' },
        { nodeID: 15, text: 'Nobody knows', type: 'I' },
      ],
      edges: [
        { edgeID: 'a', fromID: 1, toID: 3 },
        { edgeID: 'b', fromID: 3, toID: 2 },
        { edgeID: 'c', fromID: 6, toID: 7 },
        { edgeID: 'c2', fromID: 5, toID: 7 },
        { edgeID: 'd', fromID: 7, toID: 2 },
        { edgeID: 'e', fromID: 1, toID: 8 },
        { edgeID: 'f', fromID: 8, toID: 4 },
        { edgeID: 'g', fromID: 4, toID: 9 },
        { edgeID: 'h', fromID: 9, toID: 7 },
        { edgeID: 'i', fromID: 10, toID: 11 },
        { edgeID: 'j', fromID: 11, toID: 2 },
        { edgeID: 'k', fromID: 2, toID: 13 },
        { edgeID: 'l', fromID: 13, toID: 12 },
        { edgeID: 'm', fromID: 15, toID: 14 },
        { edgeID: 'n', fromID: 14, toID: 11 },
      ],
      locutions: [{ nodeID: 4, personID: 77, start: '2016-10-09 21:00:00' }],
    },
    'test',
  );
  const { doc, skipped } = aifToDocument(aif, { idBase: 'debate-map', actorBase: 'debate', source });
  const arg = (nodeID: number) => doc.arguments.find((a) => a.id === `argument:debate-map-${nodeID}`)!;

  it('I-nodes are claims; RA a support keeping scheme and schemeID; several premises keep their order', () => {
    assert.deepEqual(
      doc.claims.map((c) => [c.id, c.text, c.kind]),
      [2, 5, 6, 10, 12, 15].map((n) => [`claim:debate-map-${n}`, aif.nodes.find((x) => x.nodeID === String(n))!.text, 'FACTUAL']),
    );
    assert.deepEqual(arg(11), {
      id: 'argument:debate-map-11',
      kind: 'SUPPORT',
      attackKind: null,
      scheme: 'Argument From Consequences',
      schemeId: '9',
      rationale: null,
      premiseIds: ['claim:debate-map-10'],
      conclusionId: 'claim:debate-map-2',
      targetArgumentId: null,
    });
    assert.deepEqual(arg(7).premiseIds, ['claim:debate-map-6', 'claim:debate-map-5'], 'edge order, not id order');
  });

  it('CA on a claim some RA concludes is a rebut; on an RA an undercut; MA a rephrase kept as an argument', () => {
    assert.equal(arg(7).kind, 'ATTACK');
    assert.equal(arg(7).attackKind, 'REBUT');
    assert.equal(arg(14).attackKind, 'UNDERCUT');
    assert.equal(arg(14).targetArgumentId, 'argument:debate-map-11');
    assert.equal(arg(13).kind, 'SUPPORT');
    assert.equal(arg(13).scheme, 'Default Rephrase');
    const undermine = aifToDocument(
      parseAif(
        {
          nodes: [
            { nodeID: 'p', text: 'P', type: 'I' },
            { nodeID: 'q', text: 'Q', type: 'I' },
            { nodeID: 'c', text: 'Default Conflict', type: 'CA' },
          ],
          edges: [
            { fromID: 'p', toID: 'c' },
            { fromID: 'c', toID: 'q' },
          ],
        },
        't',
      ),
      { idBase: 'm', actorBase: 'm', source },
    ).doc;
    assert.equal(undermine.arguments[0]!.attackKind, 'UNDERMINE', 'q is no RA conclusion: only a premise can be undermined');
  });

  it('L + YA are assertions by the speaker (prefix, or the locution), the quote without the prefix, in dialogue order', () => {
    assert.deepEqual(
      doc.assertions.map((a) => [a.id, a.actorId, a.quote, a.claimId ?? a.argumentId, a.illocution, a.sequence, a.date, a.previousIds]),
      [
        ['assertion:debate-map-1', 'actor:debate-bob', 'Taxes should fall.', 'claim:debate-map-2', 'Asserting', 1, null, undefined],
        [
          'assertion:debate-map-4',
          'actor:debate-ann',
          'They fund schools, and schools matter.',
          'argument:debate-map-7',
          'Asserting',
          2,
          '2016-10-09',
          ['assertion:debate-map-1'],
        ],
      ],
    );
    assert.deepEqual(
      doc.actors.map((a) => [a.id, a.name, a.kind]),
      [
        ['actor:debate-bob', 'Bob', 'PERSON'],
        ['actor:debate-ann', 'Ann', 'PERSON'],
      ],
    );
    assert.deepEqual(doc.sources, [source]);
    assert.equal(skipped.total, 0);
    assert.doesNotThrow(() => parseGraphDocument(doc, schema, 'converted'));
  });

  it('splits "Speaker : words" and refuses what is not AIF', () => {
    assert.deepEqual(splitSpeaker('CLINTON : Well, thank you.'), { speaker: 'CLINTON', words: 'Well, thank you.' });
    assert.equal(splitSpeaker('No speaker here'), null);
    assert.throws(() => parseAif([], 'x.json'), InterchangeError);
    assert.throws(() => parseAif({ nodes: [{ text: 'a', type: 'I' }], edges: [] }, 'x.json'), /nodes\[0\] has no nodeID/);
    assert.throws(
      () =>
        parseAif(
          {
            nodes: [
              { nodeID: 1, text: 'a', type: 'I' },
              { nodeID: 1, text: 'b', type: 'I' },
            ],
            edges: [],
          },
          'x.json',
        ),
      /appears twice/,
    );
  });
});

describe('argmap -> AIF -> argmap keeps the seed debate', () => {
  it('claims, arguments (premise order), assertions, actors, citations, sources, provisions, issues and positions', async () => {
    const { doc } = await readGraphDocument(SEED_FILE, schema);
    const aif = JSON.parse(JSON.stringify(documentToAif(doc))) as unknown;
    const back = aifToDocument(parseAif(aif, 'seed.aif.json'), { idBase: 'seed', actorBase: 'seed', source });
    assert.equal(back.skipped.total, 0, JSON.stringify(back.skipped));
    const again = parseGraphDocument(back.doc, schema, 'round trip').doc;
    const sorted = <T extends object>(items: T[]) => [...items].map((x) => JSON.stringify(x)).sort();
    for (const key of [
      'claims',
      'arguments',
      'actors',
      'citations',
      'sources',
      'provisions',
      'issues',
      'positions',
      'affiliations',
    ] as const)
      assert.deepEqual(sorted(again[key] as object[]), sorted(doc[key] as object[]), key);
    assert.deepEqual(sorted(again.assertions), sorted(doc.assertions));
    const linked = doc.arguments.find((a) => a.premiseIds.length > 2 && [...a.premiseIds].sort().join() !== a.premiseIds.join());
    if (linked) assert.deepEqual(again.arguments.find((a) => a.id === linked.id)!.premiseIds, linked.premiseIds);
  });

  it('participants: people as first name and surname, organisations whole', async () => {
    const { doc } = await readGraphDocument(SEED_FILE, schema);
    const aif = documentToAif(doc);
    for (const p of aif.participants) {
      const actor = doc.actors.find((a) => a.id === p.participantID)!;
      if (actor.kind === 'PERSON') assert.equal(`${p.firstname} ${p.surname}`.trim(), actor.name);
      else assert.deepEqual([p.firstname, p.surname], [actor.name, '']);
    }
  });
});

describe('AIF -> argmap -> AIF on every corpus map', { skip: corporaMissing() }, () => {
  it('keeps every I, RA, CA, MA, L, YA and TA node and edge argmap can hold, and counts every one it cannot', async () => {
    const maps = await corpusMaps();
    assert.ok(maps.length > 0, 'no maps in the corpora folder');
    let exact = 0;
    for (const { corpus, file, map } of maps) {
      const original = parseAif(JSON.parse(await readFile(file, 'utf8')), file);
      const { doc, skipped } = await convertFile(file, 'aif', { sourceName: corpus, sourcePerMap: false, sourceKind: 'REPORT' });
      const checked: GraphDocument = parseGraphDocument(doc, schema, file).doc;
      const exported = parseAif(JSON.parse(JSON.stringify(documentToAif(checked))), `${file} (exported)`);
      const idBase = `${slugify(corpus, 40)}-${slugify(map, 40)}`;
      const kept = new Set(exported.nodes.map((n) => n.nodeID));
      const originalFacts = structureOf(original, (type, nodeID) => {
        const label = LABEL[type];
        const id = label ? aifNodeId(label, idBase, nodeID) : null;
        return id && kept.has(id) ? id : null;
      });
      const exportedFacts = new Set(
        [...structureOf(exported, (_type, nodeID) => nodeID)].map((f) =>
          f.replace(/^(L \S+) (Unknown speaker|Participant \d+) \| /, '$1 ? | '),
        ),
      );
      const invented = [...exportedFacts].filter((f) => !originalFacts.has(f));
      assert.deepEqual(invented, [], `${file}: the export holds what the map does not`);
      const lost = [...originalFacts].filter((f) => !exportedFacts.has(f));
      const tally = skipped.toJSON();
      const edgeReasons = Object.entries(tally)
        .filter(([r]) => /conclusions|premise edges|edges from (RA|CA|MA)-nodes/.test(r))
        .reduce((s, [, n]) => s + n, 0);
      assert.ok(lost.length <= edgeReasons, `${file}: lost without a count: ${lost.slice(0, 5).join('; ')}`);
      const before = countByType(original);
      const after = countByType(exported);
      for (const type of ['I', 'RA', 'CA', 'MA', 'L', 'YA'])
        assert.equal((after[type] ?? 0) + skippedNodes(tally, type), before[type] ?? 0, `${file}: ${type}-nodes kept + counted`);
      if (skipped.total === 0) {
        assert.deepEqual([...exportedFacts].sort(), [...originalFacts].sort());
        assert.deepEqual(after, before, `${file}: same nodes of every type`);
        exact++;
      }
    }
    assert.ok(exact > 0, 'some maps round-trip exactly');
  });
});
