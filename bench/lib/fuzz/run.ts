/**
 * One bounded fuzz run against a service on the loopback: the planned probes (corpus.ts) sent by
 * a few concurrent senders until the request budget or the time bound is spent, 20 concurrent
 * valid writes half-way, /healthz watched throughout, the map compared before and after; then a
 * report of what must not happen (5xx, hangs, errors without a catalog code, internal detail,
 * broken expectations, changes the deliberate writes do not explain).
 */
import { performance } from 'node:perf_hooks';
import { CATEGORIES, planProbes, post, Random, type Category, type Probe } from './corpus.js';
import { checkAnswer, describeAnswer, describeRequest, type Finding } from './check.js';
import { watchHealthz, type HealthzSample, type HealthzSummary } from './healthz.js';
import { send, type Answer } from './send.js';
import type { FuzzKeys } from './service.js';
import { compareSnapshots, takeSnapshot, type DataChanges } from './snapshot.js';

export interface FuzzOptions {
  /** The service, http://127.0.0.1:PORT (loopback only). */
  url: string;
  /** The keys of a service the fuzz started; null against --url: then nothing is sent with a valid key and nothing is written. */
  keys: FuzzKeys | null;
  /** The service runs with NODE_ENV=production (introspection and suggestions must be off). */
  production: boolean;
  /** Probes to send (the concurrent writers included). */
  requests: number;
  /** Stop sending after this long; what is in flight finishes. */
  seconds: number;
  concurrency: number;
  seed: number;
  /** /healthz slower than this counts as a hang. */
  healthzLimitMs: number;
  /** Deadline of a request over fetch or a socket (an export gets 3 times as long). */
  deadlineMs: number;
  /** Concurrent valid writes (own service only). */
  writers: number;
  log: (line: string) => void;
}

export const DEFAULTS = {
  requests: 10_000,
  seconds: 180,
  concurrency: 8,
  seed: 26,
  healthzLimitMs: 1_000,
  // The service's own deadline: a query times out after ARGMAP_QUERY_TIMEOUT_MS (15 s) and the
  // client side 2 s later; beyond that and a margin, a request has hung.
  deadlineMs: 20_000,
  writers: 20,
};

export type FailureKind = '5xx' | 'hang' | Finding | 'broken expectation' | 'data change';
const FAILURE_KINDS: readonly FailureKind[] = [
  '5xx',
  'hang',
  'codeless',
  'unknown code',
  'internal detail',
  'broken expectation',
  'data change',
];

export interface Example {
  probe: string;
  request: string;
  answer: string;
  detail?: string;
}

export interface FuzzReport {
  url: string;
  mode: 'own service' | 'read-only (--url)';
  seed: number;
  seconds: number;
  planned: number;
  sent: Record<Category, number>;
  statuses: Record<string, number>;
  codes: Record<string, number>;
  /** Requests whose connection closed (or was refused) without an answer. */
  noAnswer: { count: number; examples: Example[] };
  /** /readyz answers 503 when Neo4j does not answer its probe within 4 s (a loaded machine): not failed. */
  notReady: { count: number; examples: Example[] };
  /** Slow probes (over a second) by family: where time went. */
  slowest: { probe: string; ms: number }[];
  failures: Record<FailureKind, { count: number; examples: Example[] }>;
  healthz: Omit<HealthzSummary, 'samples'> & {
    /** Polls over the limit (the first 10), with what was in flight. */
    slow: { at: string; ms: number; controlMs: number | null; machineStall: boolean; inFlight: string[] }[];
    slowCount: number;
    /** The requests in flight during a slow poll, each sent again alone. */
    replays: { probe: string; answerMs: number; healthzWorstMs: number | null; controlWorstMs: number | null; hang: boolean }[];
  };
  /** Answered: the client got the claim back; succeeded: the claim is in the map afterwards. */
  writes: { attempted: number; answered: number; succeeded: number; failed: string[] };
  revisions: {
    before: { current: number; count: number };
    after: { current: number; count: number };
    newestListed: number | null;
    consecutive: boolean;
  };
  data: Omit<DataChanges, 'unexplained'> & { unexplained: string[] };
  /** Failures in all: the run passes when it is 0. */
  total: number;
}

const EXAMPLES = 6;

function addExample(list: Example[], example: Example, seen: Set<string>): void {
  const key = `${example.probe}|${example.detail ?? ''}`;
  if (list.length >= EXAMPLES || seen.has(key)) return;
  seen.add(key);
  list.push(example);
}

/** At most this many requests are sent again alone after slow /healthz polls. */
const MAX_REPLAYS = 40;
const REPLAY_SECONDS = 60;

interface Replay {
  probe: Probe;
  answer: Answer;
  healthzWorstMs: number | null;
  /** A poll got no answer within its timeout. */
  healthzFailed: boolean;
  controlWorstMs: number | null;
  hang: boolean;
}

/** Sends each probe alone, one after another, and what /healthz did while each was answered. */
async function replayAlone(url: string, probes: Probe[], deadlineOf: (p: Probe) => number, limitMs: number): Promise<Replay[]> {
  if (probes.length === 0) return [];
  const watcher = await watchHealthz(url, { intervalMs: 50, timeoutMs: Math.max(limitMs * 10, 5_000) });
  const windows: { probe: Probe; answer: Answer; from: number; to: number }[] = [];
  await new Promise((r) => setTimeout(r, 300));
  const began = Date.now();
  for (const probe of probes) {
    // A service that stays blocked would make every replay wait out its deadline.
    if (Date.now() - began > REPLAY_SECONDS * 1000) break;
    const from = Date.now();
    const answer = await send(url, probe.request, deadlineOf(probe));
    // A poll sent just before the answer came back still measures the stall.
    await new Promise((r) => setTimeout(r, 100));
    windows.push({ probe, answer, from, to: Date.now() });
  }
  const { samples } = await watcher.stop();
  return windows.map(({ probe, answer, from, to }) => {
    const inside = samples.filter((s) => s.at + s.ms >= from && s.at <= to);
    const healthzWorstMs = inside.length ? Math.max(...inside.map((s) => s.ms)) : null;
    const healthzFailed = inside.some((s) => !s.ok);
    const controlWorstMs = inside.length ? Math.max(...inside.map((s) => s.controlMs ?? 0)) : null;
    const hang = (healthzFailed || (healthzWorstMs ?? 0) > limitMs) && (controlWorstMs ?? 0) <= limitMs / 2;
    return { probe, answer, healthzWorstMs, healthzFailed, controlWorstMs, hang };
  });
}

interface Sent {
  probe: Probe;
  start: number;
  end: number;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { url, keys, log } = options;
  const started = Date.now();
  const before = await takeSnapshot(url);
  const rnd = new Random(options.seed);
  const ownService = keys !== null;
  const writers = ownService ? Math.min(options.writers, options.requests) : 0;
  const ctx = { keys, production: options.production, seed: before.ids, revision: before.currentRevision };
  const plan = planProbes(ctx, Math.max(0, options.requests - writers), rnd, ownService);

  const sent = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const statuses: Record<string, number> = {};
  const codes: Record<string, number> = {};
  const failures = Object.fromEntries(FAILURE_KINDS.map((k) => [k, { count: 0, examples: [] as Example[] }])) as FuzzReport['failures'];
  const seen = new Set<string>();
  const noAnswer = { count: 0, examples: [] as Example[] };
  const notReady = { count: 0, examples: [] as Example[] };
  const history: Sent[] = [];
  const slow = new Map<string, number>();

  const fail = (kind: FailureKind, probe: Probe, answer: Answer, detail?: string) => {
    failures[kind].count += 1;
    addExample(
      failures[kind].examples,
      {
        probe: `${probe.family}: ${probe.label}`,
        request: describeRequest(probe.request),
        answer: describeAnswer(answer),
        ...(detail ? { detail } : {}),
      },
      seen,
    );
  };

  const judge = (probe: Probe, answer: Answer) => {
    const status = answer.timedOut ? 'timeout' : answer.status === null ? 'none' : String(answer.status);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (answer.ms > 1000)
      slow.set(`${probe.family}: ${probe.label}`, Math.max(slow.get(`${probe.family}: ${probe.label}`) ?? 0, answer.ms));
    if (answer.timedOut && !probe.incomplete)
      fail('hang', probe, answer, `over its deadline of ${probe.deadlineMs ?? deadlineOf(probe)} ms`);
    if (answer.status === 503 && /"ready"\s*:\s*false/.test(answer.body)) {
      // /readyz saying the database did not answer its probe in time: reported, not a server error.
      notReady.count += 1;
      addExample(
        notReady.examples,
        { probe: `${probe.family}: ${probe.label}`, request: describeRequest(probe.request), answer: describeAnswer(answer) },
        seen,
      );
    } else if (answer.status !== null && answer.status >= 500) fail('5xx', probe, answer);
    if (answer.status === null && !answer.timedOut) {
      noAnswer.count += 1;
      addExample(
        noAnswer.examples,
        { probe: `${probe.family}: ${probe.label}`, request: describeRequest(probe.request), answer: describeAnswer(answer) },
        seen,
      );
    }
    const checked = checkAnswer(probe.request, answer);
    for (const code of checked.codes) codes[code] = (codes[code] ?? 0) + 1;
    for (const finding of checked.findings) fail(finding.kind, probe, answer, finding.detail);
    const broken = probe.expect?.(answer, checked.json) ?? null;
    if (broken) fail('broken expectation', probe, answer, broken);
    if (options.production && /Did you mean/.test(answer.body))
      fail('broken expectation', probe, answer, '"Did you mean" suggestions in production');
  };

  const deadlineOf = (probe: Probe) =>
    probe.deadlineMs ?? (probe.category === 'export' ? options.deadlineMs * 3 : probe.incomplete ? 2_000 : options.deadlineMs);

  // The deliberate writes: valid claims, all at once, with the admin key. Their ids are chosen here,
  // so a write that committed after its client gave up is still known as one of them.
  const runId = `${options.seed.toString(36)}-${started.toString(36)}`;
  const expected = new Set<string>();
  const writeFailures: string[] = [];
  let answered = 0;
  const runWriters = async () => {
    await Promise.all(
      Array.from({ length: writers }, async (_, i) => {
        const id = `claim:fuzz-writer-${runId}-${i + 1}`;
        expected.add(`claims/${id}`);
        const probe: Probe = {
          category: 'writers',
          family: 'concurrent writers',
          label: `valid write ${i + 1} of ${writers}`,
          request: post(
            {
              query: 'mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }',
              variables: { i: { id, text: `Fuzz writer ${i + 1} of run ${runId}.`, kind: 'POLICY' } },
            },
            { authorization: `Bearer ${keys!.admin}` },
          ),
          // Writes to one map take its lock in turn: the last of 20 waits for the other 19.
          deadlineMs: options.deadlineMs * 3,
        };
        const start = performance.now();
        const answer = await send(url, probe.request, deadlineOf(probe));
        history.push({ probe, start, end: performance.now() });
        sent.writers += 1;
        judge(probe, answer);
        const written = (JSON.parse(answer.body || '{}') as { data?: { createClaim?: { id?: string } } }).data?.createClaim?.id;
        if (written === id) answered += 1;
        else writeFailures.push(describeAnswer(answer));
      }),
    );
  };

  const healthz = await watchHealthz(url, { timeoutMs: Math.max(options.healthzLimitMs * 10, 5_000) });
  const stopAt = performance.now() + options.seconds * 1000;
  let next = 0;
  let writersDone = writers === 0;
  let lastReport = performance.now();
  const half = Math.floor(plan.length / 2);
  const halfTime = performance.now() + (options.seconds * 1000) / 2;
  const sender = async () => {
    while (performance.now() < stopAt) {
      // Half-way through the budget or the time, whichever comes first.
      if (!writersDone && (next >= half || performance.now() >= halfTime)) {
        writersDone = true;
        await runWriters();
        continue;
      }
      if (next >= plan.length) break;
      const probe = plan[next++]!;
      const start = performance.now();
      const answer = await send(url, probe.request, deadlineOf(probe));
      history.push({ probe, start, end: performance.now() });
      sent[probe.category] += 1;
      judge(probe, answer);
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        const total = Object.values(sent).reduce((s, n) => s + n, 0);
        log(
          `  ${total} of ${plan.length + writers} sent, ${failures['5xx'].count} 5xx, ${failures.hang.count} hangs, ${Object.values(failures).reduce((s, f) => s + f.count, 0)} failures so far`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, sender));
  if (!writersDone && performance.now() < stopAt) await runWriters();
  const watched = await healthz.stop();

  // A slow /healthz is the service's when the control server answered in time at that moment;
  // when both were slow the machine stalled (other work on it), which is reported, not failed.
  const slowSamples = watched.samples.filter((s) => !s.ok || s.ms > options.healthzLimitMs);
  const machineStall = (s: HealthzSample) => s.ok && s.controlMs !== null && s.controlMs > options.healthzLimitMs / 2;
  // What was being answered meanwhile (performance.now() + timeOrigin is the epoch clock).
  const during = (s: HealthzSample) =>
    history.filter((h) => h.start + performance.timeOrigin < s.at + s.ms && h.end + performance.timeOrigin > s.at).map((h) => h.probe);
  const slowHealthz = slowSamples.map((s) => ({
    at: new Date(s.at).toISOString(),
    ms: s.ms,
    controlMs: s.controlMs,
    machineStall: machineStall(s),
    inFlight: [...new Set(during(s).map((p) => `${p.family}: ${p.label}`))].slice(0, 8),
  }));
  // Several requests at once on a busy machine can queue /healthz behind their work without any
  // one of them blocking it. So each request that was in flight during a slow poll is sent again
  // alone, /healthz watched closely: one that slows it by itself is a hang, and named.
  const suspects = [...new Set(slowSamples.filter((s) => !machineStall(s)).flatMap(during))]
    .filter((p) => p.category !== 'writers')
    .slice(0, MAX_REPLAYS);
  const replays = await replayAlone(url, suspects, deadlineOf, options.healthzLimitMs);
  for (const replay of replays) {
    if (!replay.hang) continue;
    failures.hang.count += 1;
    // Named culprits go first: the requests that merely waited behind them come after.
    failures.hang.examples.unshift({
      probe: `${replay.probe.family}: ${replay.probe.label}`,
      request: describeRequest(replay.probe.request),
      answer: describeAnswer(replay.answer),
      detail: `sent alone, /healthz ${replay.healthzFailed ? `gave no answer within ${replay.healthzWorstMs} ms` : `took ${replay.healthzWorstMs} ms`} meanwhile (control server ${replay.controlWorstMs} ms)`,
    });
    failures.hang.examples.length = Math.min(failures.hang.examples.length, EXAMPLES);
  }

  const after = await takeSnapshot(url).catch((error: unknown) => {
    throw new Error(`the map could not be read after the run, the service may be stuck: ${(error as Error).message}`);
  });
  const data = compareSnapshots(before, after, expected);
  // A write succeeded when its claim is in the map, answered or not.
  const succeeded = [...expected].filter((k) => after.items.has(k)).length;
  const revisionProblems: string[] = [];
  const newestListed = after.listed.at(-1) ?? null;
  const consecutive = after.listed.every((r, i) => i === 0 || r === after.listed[i - 1]! + 1);
  if (after.revisionCount - before.revisionCount !== succeeded)
    revisionProblems.push(`the revision count rose by ${after.revisionCount - before.revisionCount} for ${succeeded} successful writes`);
  if (after.currentRevision - before.currentRevision !== succeeded)
    revisionProblems.push(`currentRevision rose by ${after.currentRevision - before.currentRevision} for ${succeeded} successful writes`);
  if (newestListed !== after.currentRevision)
    revisionProblems.push(`currentRevision is ${after.currentRevision} but the newest listed revision is ${newestListed}`);
  if (!consecutive) revisionProblems.push(`the newest revisions are not consecutive: ${after.listed.slice(-30).join(', ')}`);
  const unexplained = [...data.unexplained, ...revisionProblems];
  failures['data change'].count = unexplained.length;

  const { samples: _samples, ...healthzSummary } = watched;
  const report: FuzzReport = {
    url,
    mode: ownService ? 'own service' : 'read-only (--url)',
    seed: options.seed,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    planned: plan.length + writers,
    sent,
    statuses,
    codes,
    noAnswer,
    notReady,
    slowest: [...slow.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([probe, ms]) => ({ probe, ms })),
    failures,
    healthz: {
      ...healthzSummary,
      slow: slowHealthz.slice(0, 10),
      slowCount: slowHealthz.length,
      replays: replays.map((r) => ({
        probe: `${r.probe.family}: ${r.probe.label}`,
        answerMs: r.answer.ms,
        healthzWorstMs: r.healthzWorstMs,
        controlWorstMs: r.controlWorstMs,
        hang: r.hang,
      })),
    },
    writes: { attempted: writers, answered, succeeded, failed: writeFailures.slice(0, 5) },
    revisions: {
      before: { current: before.currentRevision, count: before.revisionCount },
      after: { current: after.currentRevision, count: after.revisionCount },
      newestListed,
      consecutive,
    },
    data: { ...data, unexplained: unexplained.slice(0, 50) },
    total: 0,
  };
  report.total = FAILURE_KINDS.reduce((s, k) => s + failures[k].count, 0);
  return report;
}

/** The report as the command prints it. */
export function formatReport(report: FuzzReport, healthzLimitMs: number): string {
  const lines: string[] = [];
  const total = Object.values(report.sent).reduce((s, n) => s + n, 0);
  lines.push(`argmap fuzz: ${report.url} (${report.mode}), seed ${report.seed}, ${report.seconds} s`);
  lines.push(`requests sent: ${total} of ${report.planned} planned`);
  for (const [category, n] of Object.entries(report.sent)) if (n > 0) lines.push(`  ${category.padEnd(14)} ${n}`);
  lines.push(
    `statuses: ${Object.entries(report.statuses)
      .sort()
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  );
  lines.push(
    `error codes: ${
      Object.entries(report.codes)
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  lines.push(
    `/healthz: ${report.healthz.polls} polls, worst ${report.healthz.worstMs} ms, p50 ${report.healthz.p50Ms} ms, p99 ${report.healthz.p99Ms} ms, ${report.healthz.failed} failed (a hang: over ${healthzLimitMs} ms); control server worst ${report.healthz.controlWorstMs} ms`,
  );
  if (report.healthz.slowCount > 0) lines.push(`  ${report.healthz.slowCount} polls over ${healthzLimitMs} ms:`);
  for (const s of report.healthz.slow)
    lines.push(
      `  ${s.at}: ${s.ms} ms (control ${s.controlMs} ms${s.machineStall ? ': the machine stalled, not counted' : ''}); in flight: ${s.inFlight.join(' / ') || 'nothing'}`,
    );
  const replays = report.healthz.replays;
  if (replays.length > 0) {
    const worst = replays.reduce((w, r) => ((r.healthzWorstMs ?? 0) > (w.healthzWorstMs ?? 0) ? r : w));
    lines.push(
      `  the ${replays.length} requests in flight then, each sent again alone: ${replays.filter((r) => r.hang).length} slowed /healthz past ${healthzLimitMs} ms by itself; worst ${worst.healthzWorstMs} ms (control ${worst.controlWorstMs} ms) during ${worst.probe}`,
    );
  }
  lines.push(
    report.writes.attempted === 0
      ? 'writes: none (read-only run)'
      : `writes: ${report.writes.succeeded} of ${report.writes.attempted} concurrent valid writes in the map afterwards, ${report.writes.answered} answered in time`,
  );
  for (const f of report.writes.failed) lines.push(`  failed: ${f}`);
  const r = report.revisions;
  lines.push(
    `revisions: current ${r.before.current} -> ${r.after.current}, listed ${r.before.count} -> ${r.after.count}, newest listed ${r.newestListed}, ${r.consecutive ? 'consecutive' : 'NOT consecutive'}`,
  );
  lines.push(
    `data: ${report.data.added.length} added (${report.data.explained} by the deliberate writes), ${report.data.removed.length} removed, ${report.data.changed.length} changed`,
  );
  if (report.noAnswer.count > 0) {
    lines.push(`closed without an answer (not a failure by itself): ${report.noAnswer.count}`);
    for (const e of report.noAnswer.examples) lines.push(`  ${e.probe}\n    -> ${e.request}\n    <- ${e.answer}`);
  }
  if (report.notReady.count > 0) {
    lines.push(`/readyz said the database did not answer its probe in time (not a failure by itself): ${report.notReady.count}`);
    for (const e of report.notReady.examples) lines.push(`  ${e.probe}\n    <- ${e.answer}`);
  }
  if (report.slowest.length > 0) lines.push(`slowest answers: ${report.slowest.map((s) => `${s.probe} ${s.ms} ms`).join('; ')}`);
  lines.push('');
  lines.push('failures:');
  for (const [kind, f] of Object.entries(report.failures)) {
    lines.push(`  ${kind.padEnd(19)} ${f.count}`);
    for (const e of f.examples)
      lines.push(`    ${e.probe}${e.detail ? ` [${e.detail}]` : ''}\n      -> ${e.request}\n      <- ${e.answer}`);
    if (kind === 'data change') for (const u of report.data.unexplained) lines.push(`    ${u}`);
  }
  lines.push(report.total === 0 ? 'PASS: nothing the fuzz looks for happened' : `FAIL: ${report.total} failures`);
  return lines.join('\n');
}
