import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../../src/config.js';
import { parseGraphDocument } from '../../src/cli/document-io.js';
import { buildSchema } from '../../src/api/graphql/schema.js';
import { SEED_FILE } from '../../src/cli/seed.js';
import { deriveFramework, evaluateDerived, issueVerdict } from '../../src/domain/evaluation/index.js';
import type { GraphDocument } from '../../src/domain/graph-document.js';
import { evaluationMapOf } from '../../src/interchange/formats.js';

type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const doc = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as Record<string, Item[]>;
const texts = JSON.parse(readFileSync(path.join(path.dirname(SEED_FILE), 'texts.json'), 'utf8')) as Record<string, string>;
const SEEDS_DIR = process.env.ARGMAP_SEEDS_DIR ?? path.resolve(REPO_ROOT, '..', 'shared', 'seeds');

/**
 * Material the articles carry that is not the articles' own text: link teasers (000), photo
 * captions and credits (001, 004), image links (002). Nothing in the seed may come from it.
 */
const EXCLUDED: Record<string, string[]> = {
  '000_b54403f6b38194e0.txt': [
    'In her two decades as a human rights lawyer',
    'Nick BeakeEurope correspondentBBC',
    'Last week’s Oval Office blowup with Ukrainian President',
    'President Donald Trump creates a task force to prepare for the 2026 W',
  ],
  '001_b2e55e6e5a6463ce.txt': [
    'President Donald Trump meets with El Salvador President Nayib Bukele in the Oval Office at the White House in Washington, April 14, 2025.',
    'Kevin Lamarque/Reuters',
    'White House press secretary Karoline Leavitt speaks with reporters in the James Brady Press Briefing Room at the White House, April 15, 2025, in Washington.',
    'Alex Brandon/AP',
    'Salvadoran prison guards escort alleged members of the Venezuelan gang Tren de Aragua and the MS-13 gang recently deported by the U.S. government at the CECOT prison, in Tecoluca, El Salvador April 12, 2025.',
    'Secretaria de Prensa de la Presidencia via Reuters',
  ],
  '002_e11f493c9045b8a7.txt': [
    '![](https://static.independent.co.uk/2025/02/04/22/10/marco-rubio-o6ebof7e.jpeg)',
    '![](https://static.independent.co.uk/2025/02/04/22/41/EL-SALVADOR-PRISON-GANGS-INMATES-CECOT-0uw8cegc.jpeg)',
  ],
  '004_3be5a697a67d5649.txt': ['Cecot prison in El Salvador Alex Peña / Stringer / Getty', 'Check out some reactions below:'],
};

const byId = new Map<string, Item>();
for (const key of ['issues', 'actors', 'sources', 'provisions', 'claims', 'arguments', 'assertions']) {
  for (const item of doc[key] ?? []) byId.set(item.id, item);
}
const typeOf = (id: string) => id.split(':')[0];

describe('the seed debate (data/seed)', () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await buildSchema();
  });

  it('is a valid graph document whose references all resolve inside it', () => {
    const { external } = parseGraphDocument(doc, schema, 'data/seed/debate.json');
    assert.deepEqual(external, [], 'every reference points at an item of the seed itself');
  });

  it('has one issue, and every central claim takes a stance on it', () => {
    assert.equal(doc.issues!.length, 1);
    const stances = new Set(doc.positions!.map((p) => p.stance));
    assert.deepEqual([...stances].sort(), ['CON', 'NEUTRAL', 'PRO']);
    for (const central of [
      'claim:us-should-send-convicted-citizens-to-el-salvador',
      'claim:sending-citizens-to-foreign-prisons-is-unlawful',
      'claim:citizens-cannot-be-deported',
    ]) {
      assert.ok(
        doc.positions!.some((p) => p.claimId === central),
        central,
      );
    }
  });

  it('every claim is asserted, every actor speaks or is an organisation someone belongs to, every source is used', () => {
    const assertedClaims = new Set(doc.assertions!.map((a) => a.claimId).filter(Boolean));
    assert.deepEqual(
      doc.claims!.filter((c) => !assertedClaims.has(c.id)).map((c) => c.id),
      [],
    );
    const speakers = new Set(doc.assertions!.map((a) => a.actorId));
    const organisations = new Set(doc.affiliations!.map((a) => a.organizationId));
    assert.deepEqual(
      doc.actors!.filter((a) => !speakers.has(a.id) && !organisations.has(a.id)).map((a) => a.id),
      [],
    );
    const usedSources = new Set(doc.assertions!.map((a) => a.sourceId));
    assert.deepEqual(
      doc.sources!.filter((s) => !usedSources.has(s.id)).map((s) => s.id),
      [],
    );
    assert.ok(
      doc.assertions!.every((a) => a.sourceId && a.quote),
      'every assertion has a source and a quote',
    );
  });

  it('provisions form a PART_OF forest, and clauses, amendments and articles reach the Constitution', () => {
    for (const p of doc.provisions!) {
      const seen = new Set<string>();
      let current: Item | undefined = p;
      while (current?.partOfId) {
        assert.ok(!seen.has(current.id), `PART_OF cycle at ${current.id}`);
        seen.add(current.id);
        current = byId.get(current.partOfId);
      }
      if (['CLAUSE', 'AMENDMENT', 'ARTICLE'].includes(p.kind))
        assert.equal(current?.kind, 'CONSTITUTION', `${p.id} reaches ${current?.id}`);
    }
    for (const needed of [
      'provision:fifth-amendment-due-process-clause',
      'provision:fourteenth-amendment-due-process-clause',
      'provision:eighth-amendment',
      'provision:separation-of-powers',
    ]) {
      assert.ok(byId.has(needed), needed);
      assert.ok(
        doc.citations!.some((c) => c.provisionId === needed || byId.get(c.provisionId)?.partOfId === needed),
        `${needed} is cited`,
      );
    }
  });

  it('arguments keep their shape: support and attack, linked premises, rebuttals, undermining attacks and undercuts', () => {
    const kinds = new Set(doc.arguments!.map((a) => a.attackKind ?? a.kind));
    assert.deepEqual([...kinds].sort(), ['REBUT', 'SUPPORT', 'UNDERCUT', 'UNDERMINE']);
    assert.ok(
      doc.arguments!.some((a) => a.premiseIds.length > 1),
      'at least one linked argument',
    );
    for (const a of doc.arguments!) {
      if (a.attackKind === 'UNDERCUT') assert.equal(typeOf(a.targetArgumentId), 'argument', a.id);
      else assert.equal(typeOf(a.conclusionId), 'claim', a.id);
    }
  });

  it('texts.json names a seed text for every source', () => {
    assert.deepEqual(Object.keys(texts).sort(), doc.sources!.map((s) => s.id).sort());
  });

  it('every quote is a verbatim substring of its source text', (t) => {
    if (!existsSync(SEEDS_DIR)) {
      t.skip(`the seed texts are not at ${SEEDS_DIR} (set ARGMAP_SEEDS_DIR): quotes not checked`);
      return;
    }
    const bad: string[] = [];
    for (const a of doc.assertions!) {
      const text = readFileSync(path.join(SEEDS_DIR, texts[a.sourceId]!), 'utf8');
      if (!text.includes(a.quote)) bad.push(`${a.id}: ${a.quote.slice(0, 80)}`);
    }
    assert.deepEqual(bad, []);
  });

  it('nothing comes from captions, credits, image links or link teasers', (t) => {
    if (!existsSync(SEEDS_DIR)) {
      t.skip(`the seed texts are not at ${SEEDS_DIR} (set ARGMAP_SEEDS_DIR): excluded material not checked`);
      return;
    }
    for (const [file, spans] of Object.entries(EXCLUDED)) {
      const text = readFileSync(path.join(SEEDS_DIR, file), 'utf8');
      for (const span of spans) assert.ok(text.includes(span), `the excluded span is in ${file}: ${span}`);
    }
    const overlaps: string[] = [];
    for (const a of doc.assertions!) {
      for (const span of EXCLUDED[texts[a.sourceId]!] ?? []) {
        if (span.includes(a.quote) || a.quote.includes(span)) overlaps.push(`${a.id} quotes excluded material: ${span.slice(0, 60)}`);
      }
    }
    assert.deepEqual(overlaps, []);
    const names = doc.actors!.map((a) => a.name);
    for (const outsider of [
      'Hadar Harris',
      'Nick Beake',
      'Soren Knudsen',
      'Volodymyr Zelensky',
      'Kevin Lamarque',
      'Alex Brandon',
      'Alex Peña',
    ]) {
      assert.ok(!names.includes(outsider), `${outsider} comes from material outside the articles`);
    }
  });
  it("README.md's account of the seed debate, evaluated, is what the engine gives", () => {
    const map = evaluationMapOf(doc as unknown as GraphDocument);
    const positions = doc.positions!.map((p) => ({ claimId: p.claimId, stance: p.stance }));
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const stated =
      /The seed debate, evaluated\.[^]*?answers (\w+) under all four semantics[^]*?: (\d+) of (\d+) claims are IN, (\d+) OUT, none UNDEC/.exec(
        readme,
      );
    assert.ok(stated, 'README.md states the verdict and the labels of the seed debate');
    const verdicts = issueVerdict(map, positions);
    assert.deepEqual([...new Set(verdicts.map((v) => v.answer))], [stated[1]]);
    const grounded = evaluateDerived(deriveFramework(map), { semantics: 'GROUNDED' });
    const labels = doc.claims!.map((c) => grounded.statusOf(c.id)!.label);
    assert.deepEqual(
      [labels.filter((l) => l === 'IN').length, doc.claims!.length, labels.filter((l) => l === 'OUT').length],
      stated.slice(2, 5).map(Number),
    );
    assert.equal(labels.filter((l) => l === 'UNDEC').length, 0);
    const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const pro = /that (\w+) PRO positions stand/.exec(readme)?.[1];
    assert.equal(pro, words[verdicts[0]!.standing.PRO.length], 'the number of PRO positions that stand');
  });
});
