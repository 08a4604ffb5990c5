/**
 * The service a fuzz run or the hostile-documents benchmark aims at: the compiled build
 * (`node bin/argmap.js serve`, NODE_ENV=production) as a process of its own, on a free loopback
 * port, over a database reset to the seed debate.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { loadConfig, REPO_ROOT } from '../../../src/config.js';
import { benchNeo4j, type BenchNeo4j } from '../neo4j.js';
import { startProcess, type Server } from '../processes.js';

export type Neo4jConnection = BenchNeo4j['conn'];

/** NEO4J_URI (only with `yes`: the caller resets that database to the seed), or a managed instance of its own. */
export async function benchDatabase({
  instance,
  yes,
  what,
  log,
}: {
  instance: string;
  yes: boolean;
  /** What the caller does to the database at NEO4J_URI, for the refusal. */
  what: string;
  log: (line: string) => void;
}): Promise<{ conn: Neo4jConnection; neo4jMemory: string; stop: () => Promise<void> }> {
  const used = await benchNeo4j(loadConfig(), {
    instance,
    wipe: { allowed: yes, howToAllow: `this ${what}; pass --yes` },
    onProgress: log,
  });
  return { conn: used.conn, neo4jMemory: used.memory, stop: () => used.release() };
}

export interface FuzzKeys {
  /** May do everything (the deliberate writes, the invalid writes). */
  admin: string;
  /** A key of the read role: every write with it is refused. */
  reader: string;
}

export interface FuzzService {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  pid: number;
  keys: FuzzKeys;
  server: Server;
  stop(): Promise<void>;
}

const execFileAsync = promisify(execFile);

/** `npm run build:web` and `npm run build`, as `npm start` does: the service runs compiled, as deployed, explorer included. */
export function buildService(): void {
  for (const script of ['build:web', 'build'])
    execFileSync('npm', ['run', '--silent', script], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Resets the database to the seed debate (`argmap seed --reset`), then starts the service on it with
 * an admin and a reader key. The rate limits are off unless `rateLimits` (one address sends
 * everything, and the hostile input should reach the parsers and validators, not the counters);
 * the heavy-request gate stays as deployed.
 */
export async function startSeededService({
  conn,
  log,
  rateLimits = false,
  env = {},
}: {
  conn: Neo4jConnection;
  log: (line: string) => void;
  rateLimits?: boolean;
  env?: Record<string, string>;
}): Promise<FuzzService> {
  const dbEnv = { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database };
  await execFileAsync(process.execPath, ['bin/argmap.js', 'seed', '--reset'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...dbEnv },
    maxBuffer: 16 * 1024 * 1024,
  });
  const keys: FuzzKeys = { admin: `fz-${randomBytes(12).toString('hex')}`, reader: `fz-${randomBytes(12).toString('hex')}` };
  const server = await startProcess(
    process.execPath,
    ['bin/argmap.js', 'serve'],
    {
      ...dbEnv,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      ARGMAP_API_KEYS: `fuzz-admin:${keys.admin}:admin,fuzz-reader:${keys.reader}:read`,
      ...(rateLimits ? {} : { ARGMAP_RATE_WRITES: '0', ARGMAP_RATE_HEAVY: '0' }),
      ...env,
    },
    /argmap ready: GraphQL (http:\S+)\/graphql/,
    log,
  );
  return { url: server.url, pid: server.pid, keys, server, stop: () => server.stop() };
}
