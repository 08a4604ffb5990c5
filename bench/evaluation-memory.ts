/**
 * `node --expose-gc --import tsx bench/evaluation-memory.ts [--claims 100000] [--check 10000,200000]`
 *
 * The memory evaluation keeps per item, measured rather than guessed: maps from the generator
 * (`generateDebate`) are turned into the tuples evaluation/find-map reads, each string made anew
 * as the driver decodes it, and the V8 heap plus typed-array memory is read after full
 * collections at each step: the live map built (then the tuples dropped), a snapshot of it, its
 * framework and grounded labelling, the live map dropped (what a past snapshot, which has items of
 * its own, keeps). Six variants of one map (whole; without assertions; with a stance for every claim;
 * without positions; claims only; claims only with texts twice as long) separate the cost of each kind of item and of each
 * character. The figures are what `EVALUATION_BYTES` (src/repositories/evaluation-caches.ts)
 * holds; `--check` sizes then compare the estimate with what other maps measure.
 */
import { parseArgs } from 'node:util';
import { generateDebate } from '../src/cli/generate.js';
import type { GraphDocument } from '../src/domain/graph-document.js';
import { EvaluationSnapshot } from '../src/domain/evaluation/index.js';
import { LiveMap, type MapItems } from '../src/domain/evaluation/live-map.js';
import { EvaluationCache } from '../src/repositories/evaluation.js';
import { estimateCacheBytes } from '../src/repositories/evaluation-caches.js';
import { loadavg, machine } from './lib/machine.js';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc --import tsx bench/evaluation-memory.ts');

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Live heap and typed-array memory after full collections. */
function heap(): number {
  for (let i = 0; i < 4; i += 1) collect!();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A string of its own, as the driver decodes each value of each row (no sharing with the generator's). */
const fresh = (s: string): string => decoder.decode(encoder.encode(s));
const freshOrNull = (s: string | null | undefined): string | null => (s == null ? null : fresh(s));

/** The tuples evaluation/find-map would read for a generated map. */
function itemsOf(doc: GraphDocument, textTimes = 1): MapItems {
  return {
    claims: doc.claims.map((c) => [fresh(c.id), fresh(Array.from({ length: textTimes }, () => c.text).join(' '))] as const),
    arguments: doc.arguments.map(
      (a) =>
        [
          fresh(a.id),
          fresh(a.kind) as 'SUPPORT' | 'ATTACK',
          freshOrNull(a.attackKind) as 'REBUT' | 'UNDERMINE' | 'UNDERCUT' | null,
          a.premiseIds.map(fresh),
          freshOrNull(a.conclusionId),
          freshOrNull(a.targetArgumentId),
        ] as const,
    ),
    assertions: doc.assertions.map(
      (a) => [fresh(a.id), fresh(a.actorId), freshOrNull(a.sourceId), freshOrNull(a.claimId), freshOrNull(a.argumentId)] as const,
    ),
    positions: doc.positions.map((p) => [fresh(p.claimId), fresh(p.issueId), fresh(p.stance) as 'PRO' | 'CON' | 'NEUTRAL'] as const),
  };
}

interface Counts {
  claim: number;
  argument: number;
  assertion: number;
  position: number;
  chars: number;
}

interface Measured {
  counts: Counts;
  /** The live map: items, strings and its Maps. */
  live: number;
  /** A snapshot's arrays and text index. */
  view: number;
  /** The derived framework and the grounded evaluation. */
  grounded: number;
  /** The live map's Maps alone (what dropping it, with the snapshot kept, gives back). */
  index: number;
  /** What the estimate says of a cache holding the live map and its snapshot, and of a past snapshot. */
  estimate: { latest: number; past: number };
}

function countsOf({ state }: EvaluationSnapshot): Counts {
  let chars = 0;
  for (const [id, text] of state.texts) chars += id.length + text.length;
  for (const a of state.map.arguments) chars += a.id.length;
  for (const a of state.map.assertions ?? []) chars += a.id.length;
  const assertion = state.map.assertions?.length ?? 0;
  return { claim: state.map.claims.length, argument: state.map.arguments.length, assertion, position: state.positions.length, chars };
}

function estimates(held: Held): { latest: number; past: number } {
  const cache = new EvaluationCache();
  cache.live = held.live;
  cache.latest = held.snapshot;
  const latest = estimateCacheBytes(cache);
  cache.live = null;
  cache.latest = null;
  cache.past = held.snapshot;
  return { latest, past: estimateCacheBytes(cache) };
}

interface Held {
  live: LiveMap | null;
  snapshot: EvaluationSnapshot | null;
}

// Each step is a function of its own: a value the caller's frame held in a temporary would stay reachable.
const steps = {
  read(held: Held, doc: GraphDocument, textTimes: number) {
    held.live = new LiveMap('bench', 1, itemsOf(doc, textTimes));
  },
  snapshot(held: Held) {
    held.snapshot = new EvaluationSnapshot(held.live!.state('bench:1'));
  },
  grounded(held: Held) {
    held.snapshot!.evaluate('GROUNDED');
  },
  dropLive(held: Held) {
    held.live = null;
  },
};

function measure(doc: GraphDocument, textTimes = 1): Measured {
  // What is measured is held here only, so each step's garbage (the tuples, temporaries) is collected before the reading.
  const held: Held = { live: null, snapshot: null };
  const before = heap();
  steps.read(held, doc, textTimes);
  const withLive = heap();
  steps.snapshot(held);
  const withView = heap();
  steps.grounded(held);
  const withGrounded = heap();
  const estimate = estimates(held);
  steps.dropLive(held);
  const alone = heap();
  return {
    counts: countsOf(held.snapshot!),
    live: withLive - before,
    view: withView - withLive,
    grounded: withGrounded - withView,
    index: withGrounded - alone,
    estimate,
  };
}

/** Without some kinds of item (the claims stay: everything else refers to them). */
function without(doc: GraphDocument, kinds: readonly ('arguments' | 'assertions' | 'positions')[]): GraphDocument {
  return { ...doc, ...Object.fromEntries(kinds.map((k) => [k, []])) };
}

/** A stance for every claim (the generator gives one claim in ten a stance: too few to weigh one). */
function withEveryPosition(doc: GraphDocument): GraphDocument {
  const stances = ['PRO', 'CON', 'NEUTRAL'] as const;
  return { ...doc, positions: doc.claims.map((c, i) => ({ claimId: c.id, issueId: doc.issues[0]!.id, stance: stances[i % 3]! })) };
}

/** What each further evaluation kept on a snapshot adds (not in the estimate: they are made on demand, up to 64 a snapshot). */
function further(doc: GraphDocument): Record<string, number> {
  const held: Held = { live: null, snapshot: null };
  steps.read(held, doc, 1);
  steps.snapshot(held);
  steps.grounded(held);
  const added: Record<string, number> = {};
  const more = {
    'another scenario (framework + grounded)': () => held.snapshot!.evaluate('GROUNDED', { excludeIds: [doc.claims[0]!.id] }),
    PREFERRED: () => held.snapshot!.evaluate('PREFERRED'),
    STABLE: () => held.snapshot!.evaluate('STABLE'),
    'gradual strengths': () => held.snapshot!.gradual(),
  };
  for (const [name, make] of Object.entries(more)) {
    const before = heap();
    make();
    added[name] = heap() - before;
  }
  return added;
}

const round = (n: number) => Math.round(n * 10) / 10;
const mib = (bytes: number) => round(bytes / 1024 ** 2);

function main() {
  const { values } = parseArgs({
    options: { claims: { type: 'string', default: '100000' }, check: { type: 'string', default: '10000,200000' } },
  });
  const claims = Number(values.claims);
  log(JSON.stringify({ machine: machine(), loadavg: loadavg(), claims }));
  const doc = generateDebate({ claims, seed: 1 });
  const whole = measure(doc);
  const noAssertions = measure(without(doc, ['assertions']));
  const everyPosition = measure(withEveryPosition(without(doc, ['assertions'])));
  const noPositions = measure(without(doc, ['assertions', 'positions']));
  const claimsOnly = measure(without(doc, ['assertions', 'positions', 'arguments']));
  const longTexts = measure(without(doc, ['assertions', 'positions', 'arguments']), 2);
  for (const [name, m] of Object.entries({ whole, noAssertions, everyPosition, noPositions, claimsOnly, longTexts })) {
    log(
      `${name.padEnd(12)} ${JSON.stringify(m.counts)} live ${mib(m.live)} MiB, view ${mib(m.view)}, grounded ${mib(m.grounded)}, index ${mib(m.index)}`,
    );
  }

  // Each step's bytes per item kind, by differences between the variants (and per character, from the longer texts).
  const stages = ['live', 'view', 'grounded', 'index'] as const;
  const per: Record<(typeof stages)[number], Record<'claim' | 'argument' | 'assertion' | 'position' | 'char', number>> = {} as never;
  for (const stage of stages) {
    const char = (longTexts[stage] - claimsOnly[stage]) / (longTexts.counts.chars - claimsOnly.counts.chars);
    const step = (a: Measured, b: Measured, kind: 'argument' | 'assertion' | 'position') =>
      (a[stage] - b[stage] - char * (a.counts.chars - b.counts.chars)) / (a.counts[kind] - b.counts[kind]);
    per[stage] = {
      claim: (claimsOnly[stage] - char * claimsOnly.counts.chars) / claimsOnly.counts.claim,
      argument: step(noPositions, claimsOnly, 'argument'),
      assertion: step(whole, noAssertions, 'assertion'),
      position: step(everyPosition, noPositions, 'position'),
      char,
    };
  }
  log('\nbytes per item (per character of ids and claim texts in `char`):');
  for (const stage of stages)
    log(`${stage.padEnd(9)} ${JSON.stringify(Object.fromEntries(Object.entries(per[stage]).map(([k, v]) => [k, round(v)])))}`);

  log('\nfurther evaluations kept on the snapshot of the whole map (bytes per claim):');
  for (const [name, bytes] of Object.entries(further(doc))) log(`${name}: ${round(bytes / claims)}`);

  log('\nthe estimate (EVALUATION_BYTES) against what maps of other sizes measure:');
  log('claims | live map + snapshot + grounded: measured MiB, estimate MiB | past snapshot + grounded: measured, estimate');
  for (const size of [claims, ...values.check!.split(',').map(Number)]) {
    const m = size === claims ? whole : measure(generateDebate({ claims: size, seed: 2 }));
    const latest = m.live + m.view + m.grounded;
    const past = latest - m.index;
    log(`${size} | ${mib(latest)}, ${mib(m.estimate.latest)} | ${mib(past)}, ${mib(m.estimate.past)}`);
  }
}

main();
