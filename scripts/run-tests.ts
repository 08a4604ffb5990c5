/**
 * `npm test`: checks (generated types fresh, typecheck, lint), then every test file under
 * test/ against a real Neo4j: the one at NEO4J_URI, or a throwaway managed instance.
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import { useNeo4j } from '../src/neo4j.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function testFiles(filter: string[]): Promise<string[]> {
  const files = (await readdir(path.join(REPO_ROOT, 'test'), { recursive: true }))
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join('test', file))
    .sort((a, b) => tier(a) - tier(b) || a.localeCompare(b));
  return filter.length ? files.filter((file) => filter.some((f) => file.includes(f))) : files;
}

/** No single test (or hook) may run longer than this: a hung test fails instead of holding the suite. */
const TEST_TIMEOUT_MS = 10 * 60_000;

const TIERS = ['test/unit/', 'test/cypher/', 'test/integration/', 'test/browser/'];
const tier = (file: string) => {
  const index = TIERS.findIndex((t) => file.startsWith(t));
  return index === -1 ? TIERS.length : index;
};

async function main(): Promise<number> {
  const filter = process.argv.slice(2);
  if (filter.length === 0 && process.env.ARGMAP_SKIP_CHECKS !== 'true') {
    for (const [name, args] of [
      ['codegen', ['run', '--silent', 'codegen:check']],
      ['typecheck', ['run', '--silent', 'typecheck']],
      ['lint', ['run', '--silent', 'lint']],
      ['format', ['run', '--silent', 'format:check']],
    ] as const) {
      log(`== ${name}`);
      if ((await run('npm', [...args])) !== 0) {
        log(`argmap test: ${name} failed`);
        return 1;
      }
    }
  }
  log('== explorer bundle');
  if ((await run('npm', ['run', '--silent', 'build:web'])) !== 0) {
    log('argmap test: the explorer did not build');
    return 1;
  }
  // The command line (bin/argmap.js) runs the compiled service, which CLI tests spawn.
  log('== service build');
  if ((await run('npm', ['run', '--silent', 'build'])) !== 0) {
    log('argmap test: the service did not build');
    return 1;
  }
  const config = loadConfig();
  if (config.neo4j) log(`Testing against NEO4J_URI=${config.neo4j.uri} (its data is wiped by the integration tests)`);
  const { conn, managed, release: cleanup } = await useNeo4j(config, { instance: 'test', fresh: true, onProgress: log });
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test' };
  if (managed) Object.assign(env, { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password });
  const stop = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const files = await testFiles(filter);
    log(`== tests (${files.length} files)`);
    // One run per tier, in order (node --test sorts the files it is given by path, which would put
    // test/browser first); every tier runs, and the suite fails if any did.
    const failed: string[] = [];
    for (const group of [...TIERS, null]) {
      const inGroup = files.filter((file) => (group ? file.startsWith(group) : tier(file) === TIERS.length));
      if (inGroup.length === 0) continue;
      log(`== ${group ?? 'other tests'} (${inGroup.length} files)`);
      const args = ['--import', 'tsx', '--test', '--test-concurrency=1', `--test-timeout=${TEST_TIMEOUT_MS}`, '--test-reporter=spec'];
      if ((await run(process.execPath, [...args, ...inGroup], env)) !== 0) failed.push(group ?? 'other tests');
    }
    if (failed.length > 0) log(`argmap test: failures in ${failed.join(', ')}`);
    return failed.length > 0 ? 1 : 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`argmap test: ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  },
);
