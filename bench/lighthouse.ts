/**
 * `npx tsx bench/lighthouse.ts [--url http://localhost:4000] [--min 95] [--yes]`
 *
 * Google Lighthouse's accessibility score of the explorer in headless Chromium, on three views
 * that the URL holds: the overview (`/`), the full map (`/?view=map`) and a claim focused on the
 * map with its panel open (`/?view=map&root=<claim>&depth=2&selected=<claim>`).
 *
 * With --url it audits that running service (which should hold the seed debate). Without it,
 * it starts the service on the seed debate: against NEO4J_URI (whose database is emptied first:
 * pass --yes) or a managed Neo4j of its own (instance `bench-lighthouse`). Prints each view's
 * score and the audits that failed; exits 1 when a score is below --min. Lighthouse is heavy
 * (its own copy of axe-core and a trace per page), so it is not part of `npm test`; the browser
 * test's axe-core check is.
 */
import { createServer, type AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { loadConfig } from '../src/config.js';
import { startService } from '../src/main.js';
import { launchChromium } from '../test/support/explorer-page.js';
import { benchNeo4j } from './lib/neo4j.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    min: { type: 'string', default: '95' },
    yes: { type: 'boolean', default: false },
  },
});
const CLAIM = 'claim:sending-citizens-to-foreign-prisons-is-unlawful';
const VIEWS: [string, string][] = [
  ['overview', '/'],
  ['full map', '/?view=map'],
  ['focused claim', `/?view=map&root=${encodeURIComponent(CLAIM)}&depth=2&selected=${encodeURIComponent(CLAIM)}`],
];

/** A free TCP port on the loopback interface, for Chromium's DevTools endpoint that Lighthouse drives. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const cleanups: (() => Promise<void>)[] = [];
let url = values.url?.replace(/\/$/, '');
if (!url) {
  const base = loadConfig();
  // The database is emptied to load the seed debate.
  const neo4j = await benchNeo4j(base, { instance: 'bench-lighthouse', wipe: { allowed: values.yes }, onProgress: log });
  const { conn } = neo4j;
  cleanups.unshift(() => neo4j.release());
  const service = await startService({ config: { ...base, neo4j: conn, port: 0, host: '127.0.0.1' }, log: () => {} });
  cleanups.unshift(() => service.close());
  await service.backend.repos.database.deleteEverything();
  const { loadSeed } = await import('../src/cli/seed.js');
  await loadSeed(service.backend.repos, service.backend.schema);
  url = service.url;
  log(`Service with the seed debate at ${url}`);
}

const port = await freePort();
const browser = await launchChromium([`--remote-debugging-port=${port}`]);
cleanups.unshift(() => browser.close());
const scores: { view: string; score: number }[] = [];
try {
  for (const [name, pathAndQuery] of VIEWS) {
    const result = await lighthouse(`${url}${pathAndQuery}`, {
      port,
      onlyCategories: ['accessibility'],
      output: 'json',
      logLevel: 'error',
      // The page is served from this machine: no throttling, and no page of its own to open for Lighthouse.
      throttlingMethod: 'provided',
      screenEmulation: { mobile: false, width: 1400, height: 900, deviceScaleFactor: 1, disabled: false },
      formFactor: 'desktop',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${name}`);
    const category = result.lhr.categories.accessibility;
    const score = Math.round((category?.score ?? 0) * 100);
    scores.push({ view: name, score });
    log(`${name} (${pathAndQuery}): accessibility ${score}`);
    for (const ref of category?.auditRefs ?? []) {
      const audit = result.lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score === 1 || ref.weight === 0) continue;
      const items = (audit.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? [];
      log(`  failed: ${ref.id} (weight ${ref.weight}): ${audit.title}`);
      for (const item of items.slice(0, 5)) if (item.node?.snippet) log(`    ${item.node.snippet}`);
    }
    if (result.lhr.runtimeError) log(`  runtime error: ${result.lhr.runtimeError.message}`);
  }
} finally {
  for (const cleanup of cleanups) await cleanup();
}

process.stdout.write(
  `${[
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, accessibility, headless Chromium, ${new Date().toISOString().slice(0, 10)}`,
    '',
    '| view | score |',
    '| ---- | ----: |',
    ...scores.map((s) => `| ${s.view} | ${s.score} |`),
  ].join('\n')}\n`,
);
if (scores.some((s) => s.score < Number(values.min))) {
  log(`A score is below ${values.min}`);
  process.exitCode = 1;
}
