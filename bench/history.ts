/**
 * `npx tsx bench/history.ts [--claims 100000] [--edits 100000] [--concurrency 4] [--yes]`
 *
 * What the revision log costs and how its history reads scale, through the repositories
 * against a real Neo4j (the managed `bench-history` instance, or NEO4J_URI with --yes: it is wiped):
 *
 * 1. import of a generated debate with and without the log (the same batches; the log off is
 *    the executor's `revisionLog: false`, which only this benchmark uses);
 * 2. claim updates with and without the log (p50/p99 of `updateClaim`);
 * 3. present-time reads (claim by id with its relations) before and after `--edits` edits,
 *    with and without the bookmark manager the service gives every session;
 * 4. one node's history (`history(last: 20)`) and its state at a revision, after the edits.
 *
 * Prints one JSON line per figure and a summary; the machine's load average is in each.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { generateDebate } from '../src/cli/generate.js';
import { createBookmarks, openDatabase } from '../src/db/index.js';
import { createExecutor, type ExecutorOptions } from '../src/db/executor.js';
import { documentSize } from '../src/domain/graph-document.js';
import { createRepositories, type Repositories } from '../src/repositories/index.js';
import { benchNeo4j } from './lib/neo4j.js';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    edits: { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '4' },
    samples: { type: 'string', default: '500' },
    yes: { type: 'boolean', default: false },
  },
});
const claims = Number(values.claims);
const edits = Number(values.edits);
const concurrency = Number(values.concurrency);
const samples = Number(values.samples);
const log = (line: string) => process.stderr.write(`${line}\n`);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

function percentiles(ms: number[]): { p50: number; p99: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2));
  return { p50: at(0.5), p99: at(0.99) };
}

async function timed(
  count: number,
  parallel: number,
  call: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p99: number; perSecond: number }> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await call(i);
        times.push(performance.now() - t);
      }
    }),
  );
  return { ...percentiles(times), perSecond: Math.round(count / ((performance.now() - started) / 1000)) };
}

const report = (figure: string, data: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ figure, ...data, loadavg: load() })}\n`);

async function main() {
  const base = loadConfig();
  const neo4j = await benchNeo4j(base, { instance: 'bench-history', wipe: { allowed: values.yes }, onProgress: log });
  const { conn } = neo4j;
  const db = await openDatabase(conn, { timeoutMs: 600_000 });
  const repos = (options: Partial<ExecutorOptions>): Repositories =>
    createRepositories(
      createExecutor({ ...db.executorOptions, ...options }, undefined, { keyName: 'bench', operation: 'bench', author: null }),
      db.registry,
    );
  const withLog = repos({});
  const withoutLog = repos({ revisionLog: false });
  // What a cluster (neo4j://) pays: on one server the service keeps no bookmarks.
  const bookmarks = createBookmarks(true);
  const withBookmarks = repos({ bookmarkManager: bookmarks.manager });
  try {
    log(`node ${process.version}, ${os.cpus().length} CPUs, load ${load()}; ${claims} claims, ${edits} edits at ${concurrency} at once`);
    const doc = generateDebate({ claims, seed: 42 });
    const items = documentSize(doc);
    for (const [name, r] of [
      ['without log', withoutLog],
      ['with log', withLog],
    ] as const) {
      await r.database.deleteEverything();
      await r.database.migrate();
      const started = performance.now();
      await r.graphImport.importGraph({
        doc,
        external: [],
        batchSize: 5000,
        onProgress: (p) => p.done === p.total && log(`  ${name}: ${p.step} done`),
      });
      const seconds = (performance.now() - started) / 1000;
      report('import', { log: name, items, seconds: Number(seconds.toFixed(1)), itemsPerSecond: Math.round(items / seconds) });
    }
    const ids = doc.claims.map((c) => c.id);
    const pick = (i: number) => ids[(i * 7919) % ids.length]!;
    const read = (r: Repositories) => (i: number) =>
      r.claims.findClaimsWithRelationsByIds({ ids: [pick(i)], include: new Set(['assertions', 'citations']) });
    report('read claim (log small)', await timed(samples, 1, read(withLog)));
    report('read claim (bookmarks)', await timed(samples, 1, read(withBookmarks)));

    const update = (r: Repositories, tag: string) => (i: number) =>
      r.claims.updateClaim({ id: pick(i), text: `Edited ${tag} ${i}`, kind: null });
    report('update claim', { log: 'without log', ...(await timed(Math.min(samples, edits), concurrency, update(withoutLog, 'a'))) });
    const editing = await timed(edits, concurrency, update(withLog, 'b'));
    report('update claim', { log: 'with log', edits, ...editing });

    report('read claim (log after edits)', await timed(samples, 1, read(withLog)));
    report('read claim (bookmarks after edits)', await timed(samples, 1, read(withBookmarks)));
    const page = { size: 20, after: null, before: null, fromEnd: true };
    report(
      'history of one node (last 20)',
      await timed(samples, 1, (i) => withLog.revisions.listRevisionsByNodeIds({ ids: [pick(i)], page })),
    );
    const current = await withLog.revisions.currentRevision();
    report(
      'state of one node at a revision',
      await timed(samples, 1, (i) => withLog.revisions.documentsAt([pick(i)], Math.floor(current / 2))),
    );
  } finally {
    await db.close();
    await neo4j.release();
  }
}

await main();
