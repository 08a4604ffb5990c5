/**
 * `npx tsx bench/propose.ts [--only seeds,us2016,same,microtexts,thresholds] [--verbose] [--variants]`
 *
 * How well reading a new text proposes what analysts wrote by hand (no database):
 * 1. the five seed texts (../shared/seeds) against the seed debate's assertions, each text read against an empty map;
 * 2. the US2016 maps (../shared/corpora/us-2016): locution spans and speakers of the transcripts;
 * 3. SAME matches: each seed text read against the seed minus that text's assertions (`--variants`: each way of
 *    gathering candidates that was measured);
 * 4. the microtexts (../shared/corpora/microtexts): support and attack links between a text's own claims;
 * 5. (`--only thresholds`) the rephrase pairs of US2016 and QT30 that SAME_AT and ATTACK_AT were chosen on.
 * A proposed quote is right when it overlaps a hand-made one by at least half of the shorter and names the same speaker.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../src/config.js';
import { extractAssertions } from '../src/text/proposals/index.js';
import { MATCHING, type MatchingOptions } from '../src/text/proposals/matches.js';
import { textFromHtml } from '../src/text/proposals/html.js';
import { nameScore } from '../src/text/proposals/speakers.js';
import { buildSimilarityIndex } from '../src/text/similarity.js';
import type { CandidateClaim, ExtractedAssertion, FindCandidateClaims, KnownActor } from '../src/text/proposals/types.js';

const { values } = parseArgs({
  options: { only: { type: 'string' }, verbose: { type: 'boolean', default: false }, variants: { type: 'boolean', default: false } },
});
const only = new Set((values.only ?? 'seeds,us2016,same,microtexts').split(','));
const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
const CORPORA = process.env.ARGMAP_CORPORA ?? path.join(SHARED, 'corpora');

interface Span {
  start: number;
  end: number;
}
/** At least half of the shorter span lies in both. */
const sameSpan = (a: Span, b: Span): boolean =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
const noCandidates: FindCandidateClaims = async (texts) => texts.map(() => []);
const pct = (n: number): string => n.toFixed(2);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const rows: string[][] = [];

interface SeedDoc {
  actors: (KnownActor & { description?: string | null })[];
  sources: { id: string; publisher?: string; author?: string }[];
  claims: { id: string; text: string }[];
  assertions: { id: string; actorId: string; sourceId: string; quote: string; claimId?: string }[];
}
const seed = JSON.parse(readFileSync(path.join(REPO_ROOT, 'data/seed/debate.json'), 'utf8')) as SeedDoc;
const seedTexts = JSON.parse(readFileSync(path.join(REPO_ROOT, 'data/seed/texts.json'), 'utf8')) as Record<string, string>;
const actorById = new Map(seed.actors.map((a) => [a.id, a]));

/** The origin a caller gives for a seed source: its author, else its publisher, else the map's unnamed-publisher actor. */
function originOf(sourceId: string): { author: string | null; publisher: string | null } {
  const source = seed.sources.find((s) => s.id === sourceId);
  if (source?.author || source?.publisher) return { author: source.author ?? null, publisher: source.publisher ?? null };
  const media = seed.assertions
    .filter((a) => a.sourceId === sourceId)
    .map((a) => actorById.get(a.actorId))
    .find((a) => a?.kind === 'MEDIA');
  return { author: null, publisher: media?.name ?? null };
}

function seedGold(sourceId: string, text: string): (Span & { actorId: string; claimId?: string; quote: string })[] {
  return seed.assertions
    .filter((a) => a.sourceId === sourceId)
    .map((a) => ({
      start: text.indexOf(a.quote),
      end: text.indexOf(a.quote) + a.quote.length,
      actorId: a.actorId,
      claimId: a.claimId,
      quote: a.quote,
    }))
    .filter((g) => g.start >= 0);
}

const speakerIs = (p: ExtractedAssertion, actorId: string): boolean => {
  if (p.speaker.actorId) return p.speaker.actorId === actorId;
  const actor = actorById.get(actorId);
  return actor !== undefined && nameScore(p.speaker.name, actor.name) >= 0.85;
};

/** The seed texts present in ../shared/seeds, with the id of the source each one is. */
const seedSources = (): { sourceId: string; file: string; text: string }[] =>
  Object.entries(seedTexts)
    .filter(([, file]) => existsSync(path.join(SHARED, 'seeds', file)))
    .map(([sourceId, file]) => ({ sourceId, file, text: readFileSync(path.join(SHARED, 'seeds', file), 'utf8') }));

async function seeds(): Promise<void> {
  let goldN = 0;
  let goldHit = 0;
  let propN = 0;
  let propHit = 0;
  let spanOnly = 0;
  for (const { sourceId, file, text } of seedSources()) {
    const gold = seedGold(sourceId, text);
    const { assertions } = await extractAssertions({ text, actors: [], origin: originOf(sourceId), findCandidates: noCandidates });
    const g = gold.filter((h) => assertions.some((p) => sameSpan(p, h) && speakerIs(p, h.actorId))).length;
    const p = assertions.filter((a) => gold.some((h) => sameSpan(a, h) && speakerIs(a, h.actorId))).length;
    spanOnly += assertions.filter((a) => gold.some((h) => sameSpan(a, h))).length;
    goldN += gold.length;
    goldHit += g;
    propN += assertions.length;
    propHit += p;
    rows.push([
      'seed',
      file,
      `${gold.length} hand-made, ${assertions.length} proposed`,
      `recall ${pct(g / gold.length)}`,
      `precision ${pct(p / assertions.length)}`,
    ]);
    if (values.verbose) {
      for (const h of gold.filter((h) => !assertions.some((p) => sameSpan(p, h) && speakerIs(p, h.actorId))))
        console.log(`  missed  ${h.actorId.padEnd(34)} ${h.quote.slice(0, 100)}`);
      for (const a of assertions.filter((a) => !gold.some((h) => sameSpan(a, h) && speakerIs(a, h.actorId))))
        console.log(`  extra   ${a.speaker.name.slice(0, 34).padEnd(34)} ${a.quote.slice(0, 100)}`);
    }
  }
  rows.push([
    'seed',
    'all five',
    `${goldN} hand-made, ${propN} proposed`,
    `recall ${pct(goldHit / goldN)}`,
    `precision ${pct(propHit / propN)} (span only ${pct(spanOnly / propN)})`,
  ]);
}

/** The maps of a corpus folder that carry their source text, in name order (none when the folder is missing). */
function corpusTexts<T>(corpus: string): { name: string; raw: string; map: T }[] {
  const dir = path.join(CORPORA, corpus);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      raw: readFileSync(path.join(dir, name), 'utf8'),
      map: JSON.parse(readFileSync(path.join(dir, name.replace(/\.txt$/, '.json')), 'utf8')) as T,
    }));
}

/** US2016: the locutions ("Speaker : words") located in the text the HTML reduces to. */
async function us2016(): Promise<void> {
  const maps = corpusTexts<{ nodes: { type: string; text: string }[] }>('us-2016');
  let goldN = 0;
  let goldHit = 0;
  let propN = 0;
  let propHit = 0;
  for (const { raw, map } of maps) {
    const text = textFromHtml(raw);
    const gold: (Span & { speaker: string })[] = [];
    for (const n of map.nodes.filter((n) => n.type === 'L')) {
      const m = /^([^:]+?)\s+:\s+([\s\S]+)$/.exec(n.text);
      if (!m?.[1] || !m[2] || /^[^:]+:\s+[^:]+\s+:/.test(n.text)) continue;
      const words = m[2].trim();
      const at = text.indexOf(words) >= 0 ? text.indexOf(words) : text.indexOf(words.slice(0, 40));
      if (at < 0) continue;
      const span = { start: at, end: at + words.length, speaker: m[1].trim() };
      if (!gold.some((g) => g.start === span.start && g.end === span.end)) gold.push(span);
    }
    if (gold.length === 0) continue;
    const { assertions } = await extractAssertions({
      text,
      actors: [],
      origin: { author: null, publisher: null },
      findCandidates: noCandidates,
    });
    const same = (a: ExtractedAssertion, g: (typeof gold)[number]): boolean =>
      sameSpan(a, g) && a.speaker.name.toLowerCase() === g.speaker.toLowerCase();
    goldN += gold.length;
    goldHit += gold.filter((g) => assertions.some((a) => same(a, g))).length;
    propN += assertions.length;
    propHit += assertions.filter((a) => gold.some((g) => same(a, g))).length;
  }
  const p = propHit / propN;
  const r = goldHit / goldN;
  rows.push([
    'us-2016',
    `${maps.length} maps`,
    `${goldN} locutions, ${propN} proposed`,
    `recall ${pct(r)} precision ${pct(p)}`,
    `F1 ${pct(f1(p, r))}`,
  ]);
}

/**
 * The map's similarity search in memory, as the service's `claims.findSimilar` answers it: the
 * claims scored by src/text/similarity.ts (idf learnt from the map's claims), best first.
 */
function memoryCandidates(
  claims: readonly { id: string; text: string }[],
  assertions: readonly { actorId: string; claimId?: string }[],
): FindCandidateClaims {
  const index = buildSimilarityIndex(claims);
  const textOf = new Map(claims.map((c) => [c.id, c.text]));
  const speakers = new Map<string, string[]>();
  for (const a of assertions) if (a.claimId) speakers.set(a.claimId, [...(speakers.get(a.claimId) ?? []), a.actorId]);
  return async (texts, first) =>
    texts.map((t) =>
      index
        .rank(t, { first })
        .map((r): CandidateClaim => ({ id: r.id, text: textOf.get(r.id) ?? '', score: r.score, speakerIds: speakers.get(r.id) ?? [] })),
    );
}

/** The ways of gathering SAME candidates compared by `--variants` (the first row is the one the reader uses). */
const BASE: MatchingOptions = { quote: false, strip: false, contextWeight: 0, speakerTie: 0 };
const VARIANTS: [string, MatchingOptions][] = [
  ['used: framing words left out, paragraph context 0.2, same speaker within 0.05', MATCHING],
  ['the claim alone', BASE],
  ['+ the quote asked too, better score kept', { ...BASE, quote: true }],
  ['+ framing words left out', { ...BASE, strip: true }],
  ['+ paragraph context 0.2', { ...BASE, contextWeight: 0.2 }],
  ['+ paragraph context 0.4', { ...BASE, contextWeight: 0.4 }],
  ['+ same speaker wins ties (0.01)', { ...BASE, speakerTie: 0.01 }],
  ['+ same speaker wins within 0.05', { ...BASE, speakerTie: 0.05 }],
  ['all four (quote too)', { ...MATCHING, quote: true }],
];

/**
 * The map a text is proposed again into: the seed minus that text's assertions, and so minus the claims only they
 * asserted (every seed claim is asserted; the question is only asked of claims asserted elsewhere). `keepOwn` keeps
 * those claims, as the first version of this bench did.
 */
async function same(label = 'seed minus one text', matching: MatchingOptions = MATCHING, keepOwn = false): Promise<void> {
  let asked = 0;
  let top1 = 0;
  let top3 = 0;
  let found = 0;
  for (const { sourceId, text } of seedSources()) {
    const elsewhere = new Set(seed.assertions.filter((a) => a.sourceId !== sourceId && a.claimId).map((a) => a.claimId));
    const gold = seedGold(sourceId, text).filter((g) => g.claimId && elsewhere.has(g.claimId));
    const { assertions } = await extractAssertions(
      {
        text,
        actors: seed.actors,
        origin: originOf(sourceId),
        findCandidates: memoryCandidates(
          seed.claims.filter((c) => keepOwn || elsewhere.has(c.id)),
          seed.assertions.filter((a) => a.sourceId !== sourceId),
        ),
      },
      matching,
    );
    for (const g of gold) {
      asked += 1;
      const p = assertions
        .filter((a) => sameSpan(a, g))
        .sort((a, b) => Math.min(b.end, g.end) - Math.max(b.start, g.start) - (Math.min(a.end, g.end) - Math.max(a.start, g.start)))[0];
      if (!p) continue;
      found += 1;
      const sames = p.matches.filter((m) => m.relation === 'SAME').map((m) => m.claimId);
      if (sames[0] === g.claimId) top1 += 1;
      if (g.claimId && sames.slice(0, 3).includes(g.claimId)) top3 += 1;
      else if (values.verbose)
        console.log(
          `  no SAME ${g.claimId} for: ${p.claimText.slice(0, 90)} -> ${p.matches
            .map((m) => `${m.relation} ${m.claimId} ${m.score.toFixed(2)}`)
            .slice(0, 3)
            .join('; ')}`,
        );
    }
  }
  rows.push([
    'SAME',
    label,
    `${asked} assertions of claims asserted elsewhere (${found} proposed)`,
    `precision@1 ${pct(top1 / asked)}`,
    `recall@3 ${pct(top3 / asked)}`,
  ]);
}

/**
 * `--only thresholds`: where SAME_AT and ATTACK_AT come from. The rephrase (MA) pairs of the US2016 and QT30 maps:
 * each claim with a partner ranks its map's other claims (first five); how many of those above a score are partners
 * (precision) and how many partners are above it (recall).
 */
function thresholds(): void {
  const partner: number[] = [];
  const other: number[] = [];
  for (const corpus of ['us-2016', 'qt30']) {
    const dir = path.join(CORPORA, corpus);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const map = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as {
        nodes: { nodeID: string; type: string; text: string }[];
        edges: { fromID: string; toID: string }[];
      };
      const pairs = new Set<string>();
      for (const n of map.nodes.filter((x) => x.type === 'MA')) {
        const from = map.edges.filter((e) => e.toID === n.nodeID).map((e) => e.fromID);
        const to = map.edges.filter((e) => e.fromID === n.nodeID).map((e) => e.toID);
        for (const a of from) for (const b of to) pairs.add(`${a}|${b}`).add(`${b}|${a}`);
      }
      const claims = map.nodes.filter((n) => n.type === 'I').map((n) => ({ id: n.nodeID, text: n.text }));
      const index = buildSimilarityIndex(claims);
      for (const c of claims.filter((c) => [...pairs].some((p) => p.startsWith(`${c.id}|`))))
        for (const r of index.rank(c.text, { first: 5, exclude: [c.id] })) (pairs.has(`${c.id}|${r.id}`) ? partner : other).push(r.score);
    }
  }
  for (const at of [0.15, 0.2, 0.25, 0.275, 0.3, 0.35, 0.4, 0.5]) {
    const tp = partner.filter((s) => s >= at).length;
    const p = tp / (tp + other.filter((s) => s >= at).length);
    const r = tp / partner.length;
    rows.push([
      'MA pairs',
      `score ≥ ${at}`,
      `${partner.length} partners among ${partner.length + other.length} candidates`,
      `precision ${pct(p)} recall ${pct(r)}`,
      `F1 ${pct(f1(p, r))}`,
    ]);
  }
}

async function microtexts(): Promise<void> {
  const maps = corpusTexts<{ nodes: { nodeID: string; type: string; text: string }[]; edges: { fromID: string; toID: string }[] }>(
    'microtexts',
  );
  let gold = 0;
  let proposed = 0;
  let right = 0;
  for (const { raw: text, map } of maps) {
    const spans = new Map<string, Span>();
    for (const n of map.nodes.filter((n) => n.type === 'I')) {
      const at = text.indexOf(n.text.trim());
      if (at >= 0) spans.set(n.nodeID, { start: at, end: at + n.text.trim().length });
    }
    const links = new Set<string>();
    for (const s of map.nodes.filter((n) => n.type === 'RA' || n.type === 'CA')) {
      const from = map.edges.filter((e) => e.toID === s.nodeID).map((e) => e.fromID);
      const to = map.edges.filter((e) => e.fromID === s.nodeID).map((e) => e.toID);
      for (const f of from)
        for (const t of to) if (spans.has(f) && spans.has(t)) links.add(`${f}>${t}>${s.type === 'RA' ? 'SUPPORT' : 'ATTACK'}`);
    }
    const { assertions, links: found } = await extractAssertions({
      text,
      actors: [],
      origin: { author: 'The author', publisher: null },
      findCandidates: noCandidates,
    });
    const nodeOf = (i: number): string | null => {
      const a = assertions[i];
      if (!a) return null;
      let best: [string, number] | null = null;
      for (const [id, s] of spans) {
        const o = Math.min(a.end, s.end) - Math.max(a.start, s.start);
        if (sameSpan(a, s) && o > (best?.[1] ?? 0)) best = [id, o];
      }
      return best?.[0] ?? null;
    };
    gold += links.size;
    proposed += found.length;
    right += found.filter((l) => links.has(`${nodeOf(l.premise)}>${nodeOf(l.conclusion)}>${l.kind}`)).length;
  }
  const p = proposed === 0 ? 0 : right / proposed;
  const r = right / gold;
  rows.push([
    'microtexts',
    'links',
    `${gold} annotated, ${proposed} proposed`,
    `recall ${pct(r)} precision ${pct(p)}`,
    `F1 ${pct(f1(p, r))}`,
  ]);
}

if (only.has('seeds')) await seeds();
if (only.has('us2016')) await us2016();
if (only.has('same')) {
  if (values.variants) {
    for (const [label, options] of VARIANTS) await same(label, options);
    // The order alone: every candidate above 0.01 that is not opposite counts as SAME.
    for (const [label, options] of VARIANTS) await same(`${label}, SAME from 0.01`, { ...options, sameAt: 0.01 });
    await same('used, the text’s own claims left in the map', MATCHING, true);
  } else {
    // As the figure is defined: the seed minus the text's assertions, its claims left in the map.
    await same('seed minus one text’s assertions (its claims kept)', MATCHING, true);
    await same('the same, minus the claims only that text asserts', MATCHING, false);
  }
}
if (only.has('microtexts')) await microtexts();
if (only.has('thresholds')) thresholds();
console.log('| set | what | size | figure | figure |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
