/**
 * `npm run fuzz -- [--requests 10000] [--seconds 180] [--concurrency 8] [--seed 26] [--url URL] [--yes] [--json FILE]`
 *
 * A bounded fuzz of the service with the hostile corpus (bench/lib/fuzz/corpus.ts):
 * hostile GraphQL, raw HTTP abuse over sockets, /export with hostile parameters, writes without a
 * valid key, invalid writes with one, and 20 concurrent valid writes. Loopback only; it stops by
 * itself when the request budget or the time bound is spent. It reports requests per category,
 * 5xx, hangs (/healthz slower than --healthz-ms, or a request past its deadline), errors without a
 * catalog code, bodies with internal detail, broken expectations and any change to the map the
 * deliberate writes do not explain, and exits 1 if any of them happened.
 *
 * Without --url it builds the service and runs it (`node bin/argmap.js serve`, NODE_ENV=production,
 * an admin and a read-only key) on a free port, over the managed Neo4j instance `fuzz` reset to the
 * seed debate, or over NEO4J_URI with --yes (that database is reset to the seed). With --url it
 * fuzzes a running service on this machine and sends nothing that may change it (no valid key).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadavg, machine } from './lib/machine.js';
import { DEFAULTS, formatReport, runFuzz } from './lib/fuzz/run.js';
import { benchDatabase, buildService, startSeededService, type FuzzService } from './lib/fuzz/service.js';

const log = (line: string) => process.stdout.write(`${line}\n`);

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: String(DEFAULTS.requests) },
      seconds: { type: 'string', default: String(DEFAULTS.seconds) },
      concurrency: { type: 'string', default: String(DEFAULTS.concurrency) },
      seed: { type: 'string', default: String(DEFAULTS.seed) },
      'healthz-ms': { type: 'string', default: String(DEFAULTS.healthzLimitMs) },
      'deadline-ms': { type: 'string', default: String(DEFAULTS.deadlineMs) },
      url: { type: 'string' },
      production: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const numbers = Object.fromEntries(
    (['requests', 'seconds', 'concurrency', 'seed', 'healthz-ms', 'deadline-ms'] as const).map((name) => {
      const n = Number(values[name]);
      if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${values[name]}`);
      return [name, n];
    }),
  ) as Record<'requests' | 'seconds' | 'concurrency' | 'seed' | 'healthz-ms' | 'deadline-ms', number>;

  let service: FuzzService | null = null;
  const serviceLog: string[] = [];
  let stopDatabase = async () => {};
  let url: string;
  if (values.url) {
    const target = new URL(values.url);
    if (!LOOPBACK.has(target.hostname))
      throw new Error(`--url must be a service on this machine (127.0.0.1, localhost or [::1]), not ${target.hostname}`);
    url = target.origin;
  } else {
    const db = await benchDatabase({ instance: 'fuzz', yes: values.yes, what: 'fuzz resets to the seed debate', log });
    stopDatabase = db.stop;
    log('building the service (npm run build)...');
    buildService();
    log('loading the seed debate and starting the service...');
    // What the service logs as an error or warning (startProcess passes only those lines on).
    service = await startSeededService({ conn: db.conn, log: (line) => serviceLog.push(line.trim()) });
    url = service.url.replace('//localhost:', '//127.0.0.1:');
  }
  const host = machine();
  log(`machine: ${host.cpuModel}, ${host.cpus} CPUs; load ${loadavg()}`);
  log(
    `fuzzing ${url}: at most ${numbers.requests} requests in ${numbers.seconds} s, ${numbers.concurrency} at a time, seed ${numbers.seed}${service ? '' : ' (read-only: nothing sent with a valid key)'}`,
  );
  try {
    const report = await runFuzz({
      url,
      keys: service?.keys ?? null,
      production: service !== null || values.production,
      requests: numbers.requests,
      seconds: numbers.seconds,
      concurrency: numbers.concurrency,
      seed: numbers.seed,
      healthzLimitMs: numbers['healthz-ms'],
      deadlineMs: numbers['deadline-ms'],
      writers: DEFAULTS.writers,
      log,
    });
    log(`load after the run: ${loadavg()}`);
    log('');
    log(formatReport(report, numbers['healthz-ms']));
    if (service) {
      const distinct = [...new Set(serviceLog)];
      log(`the service logged ${serviceLog.length} error or warning lines${distinct.length ? `, ${distinct.length} distinct:` : ''}`);
      for (const line of distinct.slice(0, 10)) log(`  ${line.slice(0, 300)}`);
    }
    if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    return report.total === 0 ? 0 : 1;
  } finally {
    await service?.stop();
    await stopDatabase();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`argmap fuzz: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(2);
  },
);
