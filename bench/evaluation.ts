/**
 * `npx tsx bench/evaluation.ts [--sizes 10000,100000,1000000] [--runs 3] [--cyclic 1000,10000]`
 *
 * The evaluation engine in-process, no database: for generated debates (src/cli/generate.ts,
 * seed 42) the translation into a framework, grounded labelling of the whole map, one
 * claim's status, a what-if without one actor, gradual strengths, and preferred semantics on
 * what the grounded labelling leaves open; then preferred, stable and complete on maps made
 * of interlocking cycles. Prints the median of --runs for each figure, in milliseconds.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import {
  deriveFramework,
  evaluateDerived,
  EvaluationTooComplexError,
  gradualStrengths,
  type EvaluationArgument,
  type EvaluationMap,
  type Semantics,
} from '../src/domain/evaluation/index.js';
import { generateDebate } from '../src/cli/generate.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    runs: { type: 'string', default: '3' },
    cyclic: { type: 'string', default: '1000,10000,100000' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const log = (line: string) => process.stdout.write(`${line}\n`);

/** Wall time and the process's CPU time (user + system, all threads): on a shared machine the second says more. */
function time<T>(f: () => T): { ms: number; cpu: number; value: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = f();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000, value };
}

/** The median wall and CPU time of `runs` runs, and the last run's value. */
function median<T>(f: () => T): { ms: number; cpu: number; value: T } {
  const results = Array.from({ length: runs }, () => time(f));
  const mid = <K extends 'ms' | 'cpu'>(key: K) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
  return { ms: mid('ms'), cpu: mid('cpu'), value: results.at(-1)!.value };
}

const fmt1 = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const fmt = (ms: number | { ms: number; cpu: number }) => (typeof ms === 'number' ? fmt1(ms) : `${fmt1(ms.ms)} (cpu ${fmt1(ms.cpu)})`);

log(
  `node ${process.version}, ${runs} runs each, median wall ms (cpu ms), load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (const size of sizes) {
  const generated = time(() => generateDebate({ claims: size, seed: 42 }));
  const doc = generated.value;
  const map: EvaluationMap = { claims: doc.claims, arguments: doc.arguments, assertions: doc.assertions };
  log(`\n== ${size} claims, ${doc.arguments.length} arguments, ${doc.assertions.length} assertions (generated in ${fmt(generated.ms)})`);
  const derive = median(() => deriveFramework(map));
  const derived = derive.value;
  log(`translate map -> framework      ${fmt(derive)}   (${derived.af.size} nodes, ${derived.af.targets.length} attacks)`);
  const grounded = median(() => evaluateDerived(derived));
  const counts = grounded.value.claimCounts;
  log(`grounded labelling              ${fmt(grounded)}   (claims IN ${counts.IN}, OUT ${counts.OUT}, UNDEC ${counts.UNDEC})`);
  const whole = median(() => evaluateDerived(deriveFramework(map)));
  log(`translate + grounded            ${fmt(whole)}`);
  const id = doc.claims[Math.floor(size / 2)]!.id;
  const lookups = 100_000;
  const status = median(() => {
    let s = null;
    for (let k = 0; k < lookups; k += 1) s = grounded.value.statusOf(id);
    return s;
  });
  log(`one claim's status (evaluated)  ${fmt((status.ms / lookups) * 1000)} µs`);
  const scenario = { excludeActorIds: [doc.actors[0]!.id] };
  const whatIf = median(() => evaluateDerived(deriveFramework(map, scenario)));
  log(`what-if without one actor       ${fmt(whatIf)}   (${whatIf.value.derived.removedIds.length} items left out)`);
  const gradual = median(() => gradualStrengths(map, {}, derived));
  log(`gradual (quadratic energy)      ${fmt(gradual)}   (${gradual.value.iterations} steps, converged ${gradual.value.converged})`);
  for (const semantics of ['PREFERRED', 'STABLE', 'COMPLETE'] as Semantics[]) {
    try {
      const r = median(() => evaluateDerived(derived, { semantics, timeBudgetMs: 60_000 }));
      const s = r.value.solution;
      log(
        `${semantics.toLowerCase().padEnd(31)} ${fmt(r)}   (${s.solverNodes} nodes left open by grounded in ${s.solverComponents} pieces; ${s.extensionCountExact ? '' : '>= '}${s.extensionCount} extensions)`,
      );
    } catch (error) {
      if (!(error instanceof EvaluationTooComplexError)) throw error;
      log(`${semantics.toLowerCase().padEnd(31)} too complex: ${error.message}`);
    }
  }
}

/**
 * A map of interlocking cycles: groups of claims rebutting each other around a ring (even
 * and odd lengths), each group also supporting a claim of the next group, so the pieces are
 * chained, plus support trees hanging off them.
 */
function cyclicMap(claimCount: number): EvaluationMap {
  const claims = Array.from({ length: claimCount }, (_, i) => ({ id: `claim:c${i}` }));
  const args: EvaluationArgument[] = [];
  let k = 0;
  const arg = (kind: 'SUPPORT' | 'ATTACK', from: number, to: number) =>
    args.push({
      id: `argument:a${k++}`,
      kind,
      attackKind: kind === 'ATTACK' ? 'REBUT' : null,
      premiseIds: [`claim:c${from}`],
      conclusionId: `claim:c${to}`,
      targetArgumentId: null,
    });
  let i = 0;
  let group = 0;
  while (i + 12 <= claimCount) {
    const ring = 2 + (group % 4); // rings of 2, 3, 4, 5 claims
    for (let j = 0; j < ring; j += 1) arg('ATTACK', i + j, i + ((j + 1) % ring));
    // Three supports from the ring out into a small tree, and one into the next group's ring.
    for (let j = ring; j < 12; j += 1) arg('SUPPORT', i + ((j - ring) % ring), i + j);
    if (group % 3 === 0 && i + 12 < claimCount) arg('ATTACK', i + 11, i + 12);
    i += 12;
    group += 1;
  }
  return { claims, arguments: args };
}

log('\n== maps of interlocking cycles (rings of 2 to 5 mutual rebuttals, chained every third ring)');
for (const size of values.cyclic.split(',').map(Number)) {
  const map = cyclicMap(size);
  const derived = deriveFramework(map);
  log(`-- ${size} claims, ${map.arguments.length} arguments`);
  for (const semantics of ['GROUNDED', 'PREFERRED', 'STABLE', 'COMPLETE'] as Semantics[]) {
    try {
      const r = median(() => evaluateDerived(derived, { semantics, timeBudgetMs: 120_000 }));
      const s = r.value.solution;
      log(
        `${semantics.toLowerCase().padEnd(31)} ${fmt(r)}   (${s.solverNodes} open nodes in ${s.solverComponents} pieces; ${s.extensionCountExact ? '' : '>= '}${s.extensionCount} extensions; claims IN ${r.value.claimCounts.IN}, UNDEC ${r.value.claimCounts.UNDEC})`,
      );
    } catch (error) {
      if (!(error instanceof EvaluationTooComplexError)) throw error;
      log(`${semantics.toLowerCase().padEnd(31)} too complex: ${error.message}`);
    }
  }
}
