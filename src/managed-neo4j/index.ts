// The managed local Neo4j: installs the pinned community server once, runs it under a keeper process,
// and finds it again when it is already running. Used when NEO4J_URI is unset.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEO4J_ADMIN_CLASS, NEO4J_MAIN_CLASS, NEO4J_USER, NEO4J_VERSION, jvmArgs, memoryFor, renderNeo4jConf } from './config.js';
import { ALTERNATIVES, ManagedNeo4jError } from './errors.js';
import { checkJava, ensureInstalled, isInstalled, resolveCommands, type Installation } from './install.js';
import type { KeeperConfig, ServerRecord } from './keeper.js';
import { withLock } from './locks.js';
import { boltAnswers, freeLoopbackPort, isAlive, isNeo4jOf, portIsFree, signal, sleep, terminate, waitForExit } from './processes.js';

export { ManagedNeo4jError } from './errors.js';
export { NEO4J_VERSION } from './config.js';

export interface ManagedNeo4jOptions {
  /** ARGMAP_DATA_DIR, default '<repo>/.argmap'. */
  dataDir: string;
  /** Default 'default'; the test suite uses throwaway instances of its own. */
  instance?: string;
  /** Default: ARGMAP_NEO4J_PORT, else a free loopback port chosen at first start and kept in the instance state. */
  boltPort?: number;
  onProgress?: (line: string) => void;
  /** How long the server gets to answer on Bolt once java runs; default ARGMAP_NEO4J_START_TIMEOUT_MS or 120000. */
  startTimeoutMs?: number;
  /** True for `argmap db start`: the server outlives this process. */
  detached?: boolean;
  /** Where the installation shared by all instances (neo4j-<version>/lib) lives; default dataDir. */
  installDir?: string;
  /** The java command; default ARGMAP_JAVA, then $JAVA_HOME/bin/java, then `java` on PATH. */
  java?: string;
  /** The mvn command; default ARGMAP_MVN, then `mvn` on PATH. */
  mvn?: string;
}

/** The options that name an instance (for stop, status and remove). */
export type ManagedNeo4jTarget = Pick<ManagedNeo4jOptions, 'dataDir' | 'instance' | 'installDir' | 'onProgress'>;

export interface ManagedNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The java process. */
  pid: number;
  /** False when an already running server was found; stop() then leaves it to whoever runs it. */
  startedHere: boolean;
  stop(): Promise<void>;
}

export interface ManagedNeo4jStatus {
  installed: boolean;
  running: boolean;
  version: string;
  pid?: number;
  uri?: string;
  dataDir: string;
  instance: string;
  /** The instance folder (Neo4j's home: conf/, data/, logs/, run/). */
  home: string;
  /** True when the server runs without an owner process (started by `argmap db start`). */
  detached?: boolean;
}

/** What <instance>/state.json keeps between runs (mode 0600: it holds the password). */
interface InstanceState {
  version: string;
  port: number;
  user: string;
  password: string;
  createdAt: string;
}

interface Paths {
  dataDir: string;
  instance: string;
  installDir: string;
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  stateFile: string;
  serverFile: string;
  ownersDir: string;
  keepFile: string;
  lastExitFile: string;
  startLock: string;
}

const STOP_GRACE_MS = 30_000;
const KEEPER_GRACE_MS = 20_000;
const noop = () => {};

function pathsFor(opts: ManagedNeo4jTarget): Paths {
  const instance = opts.instance ?? 'default';
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(instance)) {
    throw new ManagedNeo4jError(`"${instance}" is not a usable instance name`, 'use letters, digits, ".", "_" and "-" only.');
  }
  const dataDir = path.resolve(opts.dataDir);
  const home = path.join(dataDir, 'instances', instance);
  const run = path.join(home, 'run');
  return {
    dataDir,
    instance,
    installDir: path.resolve(opts.installDir ?? dataDir),
    home,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    run,
    stateFile: path.join(home, 'state.json'),
    serverFile: path.join(run, 'server.json'),
    ownersDir: path.join(run, 'owners'),
    keepFile: path.join(run, 'keep'),
    lastExitFile: path.join(run, 'last-exit.json'),
    startLock: path.join(run, 'start.lock'),
  };
}

const uriOf = (port: number) => `bolt://127.0.0.1:${port}`;

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Written to a temporary file and renamed, so a reader never sees half of it. */
function writeJsonAtomic(file: string, value: unknown, mode = 0o644): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode });
  renameSync(tmp, file);
}

function readServer(paths: Paths): ServerRecord | null {
  const record = readJson<ServerRecord>(paths.serverFile);
  return record && Number.isInteger(record.javaPid) && Number.isInteger(record.port) ? record : null;
}

function readState(paths: Paths): InstanceState | null {
  const state = readJson<InstanceState>(paths.stateFile);
  return state && typeof state.password === 'string' && state.password.length >= 8 ? state : null;
}

/** Removes what run/ says about a server that is no longer running. */
function clearRunFiles(paths: Paths): void {
  rmSync(paths.serverFile, { force: true });
  rmSync(paths.ownersDir, { recursive: true, force: true });
  rmSync(paths.keepFile, { force: true });
}

/** Pids of the processes that registered as users of the server and are still alive. */
function liveOwners(paths: Paths): number[] {
  let names: string[];
  try {
    names = readdirSync(paths.ownersDir);
  } catch {
    return [];
  }
  return [...new Set(names.map((name) => Number(name.split('-')[0])).filter((pid) => isAlive(pid)))];
}

/** Registers this process as a user of the server; the keeper stops java once no registered process lives. */
function registerOwner(paths: Paths): string {
  mkdirSync(paths.ownersDir, { recursive: true });
  const token = path.join(paths.ownersDir, `${process.pid}-${randomBytes(4).toString('hex')}`);
  writeFileSync(token, '');
  return token;
}

function unregisterOwner(token: string | null): void {
  if (token) rmSync(token, { force: true });
}

function startTimeout(opts: ManagedNeo4jOptions): number {
  if (opts.startTimeoutMs !== undefined) return opts.startTimeoutMs;
  const fromEnv = Number(process.env.ARGMAP_NEO4J_START_TIMEOUT_MS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 120_000;
}

function explicitPort(opts: ManagedNeo4jOptions): number | undefined {
  if (opts.boltPort !== undefined) return opts.boltPort;
  const raw = process.env.ARGMAP_NEO4J_PORT?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ManagedNeo4jError(
      `ARGMAP_NEO4J_PORT must be a port number (1-65535), got "${raw}"`,
      'fix it, or unset it to use a free port.',
    );
  }
  return port;
}

function portInUse(port: number): ManagedNeo4jError {
  return new ManagedNeo4jError(
    `Port ${port} on 127.0.0.1 is already in use, so Neo4j cannot listen there`,
    `stop what uses it, or set ARGMAP_NEO4J_PORT to a free port (unset, a free one is picked), ${ALTERNATIVES}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Handles and their clean-up when this process exits

/** One 'exit' listener for all handles: a process that exits without stop() lets go of its servers at once. */
const exitHooks = new Set<() => void>();
let exitListener = false;
function onProcessExit(hook: () => void): () => void {
  if (!exitListener) {
    exitListener = true;
    process.once('exit', () => {
      for (const run of exitHooks) run();
    });
  }
  exitHooks.add(hook);
  return () => exitHooks.delete(hook);
}

function makeHandle(
  paths: Paths,
  record: ServerRecord,
  state: InstanceState,
  startedHere: boolean,
  ownerToken: string | null,
  progress: (line: string) => void,
): ManagedNeo4j {
  let stopped = false;
  const release = onProcessExit(() => {
    // Synchronous, at exit: drop our claim; if nobody else uses the server, SIGTERM it now
    // rather than leave it to the keeper's next poll.
    unregisterOwner(ownerToken);
    if (startedHere && !existsSync(paths.keepFile) && liveOwners(paths).length === 0 && isNeo4jOf(record.javaPid, paths.home)) {
      signal(record.javaPid, 'SIGTERM');
    }
  });
  return {
    uri: uriOf(record.port),
    user: state.user,
    password: state.password,
    pid: record.javaPid,
    startedHere,
    async stop() {
      if (stopped) return;
      stopped = true;
      release();
      unregisterOwner(ownerToken);
      if (!startedHere) return; // someone else runs that server
      if (existsSync(paths.keepFile)) {
        progress(`Neo4j stays up on ${uriOf(record.port)}: \`argmap db start\` asked for it (\`argmap db stop\` stops it).`);
        return;
      }
      const others = liveOwners(paths);
      if (others.length > 0) {
        progress(`Neo4j stays up on ${uriOf(record.port)} for the other processes using it (pid ${others.join(', ')}).`);
        return;
      }
      await stopServer(paths, record, progress);
    },
  };
}

/** Stops java (SIGTERM, SIGKILL after the grace period), waits for it and its keeper, clears run/. */
async function stopServer(paths: Paths, record: ServerRecord, progress: (line: string) => void): Promise<void> {
  const started = Date.now();
  if (isNeo4jOf(record.javaPid, paths.home)) {
    progress(`Stopping Neo4j (pid ${record.javaPid})...`);
    await terminate(record.javaPid, STOP_GRACE_MS);
  }
  await waitForExit(record.keeperPid, 5_000);
  if (readServer(paths)?.javaPid === record.javaPid) clearRunFiles(paths);
  if (Date.now() - started > 100) progress(`Neo4j stopped (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// ---------------------------------------------------------------------------------------------------
// Finding a running server

/**
 * The server this instance runs, answering on Bolt; null if none (a stale record is removed).
 * A server that runs but does not answer yet (starting, or stopping) is waited for.
 */
async function findRunning(paths: Paths, waitMs: number, progress: (line: string) => void): Promise<ServerRecord | null> {
  const record = readServer(paths);
  if (!record) return null;
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    if (!isNeo4jOf(record.javaPid, paths.home)) {
      await waitForExit(record.keeperPid, 5_000);
      clearRunFiles(paths);
      return null;
    }
    if (!isAlive(record.keeperPid)) {
      // Nothing would stop this java when its users go: replace it with a watched one.
      progress(`Neo4j (pid ${record.javaPid}) runs without its keeper process: restarting it.`);
      await stopServer(paths, record, progress);
      clearRunFiles(paths);
      return null;
    }
    if (await boltAnswers(record.port, 1_000)) return record;
    if (Date.now() > deadline) {
      throw new ManagedNeo4jError(
        `The managed Neo4j (pid ${record.javaPid}) runs but does not answer on ${uriOf(record.port)}`,
        `stop it with \`argmap db stop\` and try again (see ${paths.logs}/neo4j.log), ${ALTERNATIVES}`,
      );
    }
    if (!told) {
      told = true;
      progress(`Neo4j (pid ${record.javaPid}) is running but not answering yet; waiting...`);
    }
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------------
// Starting

/** The part of a log file written after `from` (its size before the start). */
function logSince(file: string, from: number): string {
  try {
    return readFileSync(file, 'utf8').slice(from);
  } catch {
    return '';
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

const LOG_FILES = ['neo4j.log', 'console.log', 'debug.log'] as const;

/** The error when java exited before answering: port trouble gets its own message, anything else its first error line. */
async function startFailure(paths: Paths, keeperPid: number, offsets: Map<string, number>): Promise<ManagedNeo4jError> {
  await waitForExit(keeperPid, 3_000); // it writes last-exit.json
  const exit = readJson<{ what?: string }>(paths.lastExitFile)?.what ?? 'java exited';
  const text = LOG_FILES.map((name) => logSince(path.join(paths.logs, name), offsets.get(name) ?? 0)).join('\n');
  const port = readJson<InstanceState>(paths.stateFile)?.port;
  if (/Address already in use|PortBindException|BindException/.test(text) && port !== undefined) return portInUse(port);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const cause = lines.find((line) => /\bERROR\b|Exception|Error:/.test(line)) ?? lines.at(-1) ?? 'no log output';
  return new ManagedNeo4jError(
    `Neo4j stopped while starting (${exit}): ${cause.slice(0, 300)}`,
    `see ${path.join(paths.logs, 'neo4j.log')} and ${path.join(paths.logs, 'debug.log')}, ${ALTERNATIVES}`,
  );
}

/** Writes data/dbms/auth.ini, which Neo4j reads when it creates its system database on first start. */
async function setInitialPassword(java: string, install: Installation, paths: Paths, password: string): Promise<void> {
  rmSync(path.join(paths.data, 'dbms', 'auth.ini'), { force: true });
  const args = ['-Xmx256m', '-cp', path.join(install.libDir, '*'), NEO4J_ADMIN_CLASS, 'dbms', 'set-initial-password', password];
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(java, args, {
      cwd: paths.home,
      env: { ...keeperEnv(), NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => resolve({ code: null, output: error.message }));
    child.once('exit', (exitCode) => resolve({ code: exitCode, output }));
  });
  if (code !== 0 || !existsSync(path.join(paths.data, 'dbms', 'auth.ini'))) {
    const line = output.split('\n').find((l) => l.trim() !== '') ?? `exit ${code}`;
    throw new ManagedNeo4jError(
      `Setting the password of the managed Neo4j failed (${line.trim().slice(0, 200)})`,
      `delete ${paths.home} and try again, ${ALTERNATIVES}`,
    );
  }
}

/** The environment for child processes, without the test runner's marker (the keeper is no test). */
function keeperEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  return env;
}

function spawnKeeper(paths: Paths, config: KeeperConfig): ChildProcess {
  const self = fileURLToPath(import.meta.url);
  const ext = path.extname(self); // .ts when run through tsx, .js when built
  const keeper = path.join(path.dirname(self), `keeper${ext}`);
  const nodeArgs = ext === '.ts' ? ['--import', import.meta.resolve('tsx')] : [];
  const out = openSync(path.join(paths.logs, 'keeper.log'), 'a');
  try {
    const child = spawn(process.execPath, [...nodeArgs, keeper, JSON.stringify(config)], {
      cwd: paths.home,
      detached: true, // its own process group and session: a Ctrl-C or hang-up meant for us does not reach it
      stdio: ['ignore', out, out],
      env: keeperEnv(),
    });
    child.unref();
    return child;
  } finally {
    closeSync(out);
  }
}

async function waitForRecord(paths: Paths, keeper: ChildProcess, offsets: Map<string, number>): Promise<ServerRecord> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const record = readServer(paths);
    if (record && record.keeperPid === keeper.pid) return record;
    if (keeper.pid !== undefined && readJson<{ keeperPid?: number }>(paths.lastExitFile)?.keeperPid === keeper.pid) {
      throw await startFailure(paths, keeper.pid, offsets); // java came and went before we looked
    }
    if (keeper.exitCode !== null || keeper.signalCode !== null || Date.now() > deadline) {
      if (keeper.pid !== undefined) signal(keeper.pid, 'SIGTERM');
      const tail = logSince(path.join(paths.logs, 'keeper.log'), 0).trim().split('\n').slice(-2).join(' ');
      throw new ManagedNeo4jError(
        `The process that runs Neo4j did not start (${tail.slice(0, 300) || 'no output'})`,
        `see ${paths.logs}/keeper.log, ${ALTERNATIVES}`,
      );
    }
    await sleep(50);
  }
}

async function choosePort(
  paths: Paths,
  state: InstanceState | null,
  opts: ManagedNeo4jOptions,
  progress: (line: string) => void,
): Promise<number> {
  const explicit = explicitPort(opts);
  if (explicit !== undefined) {
    if (!(await portIsFree(explicit))) throw portInUse(explicit);
    return explicit;
  }
  if (state && (await portIsFree(state.port))) return state.port;
  const port = await freeLoopbackPort();
  if (state) progress(`Port ${state.port} is taken by another program now; this Neo4j moves to port ${port}.`);
  return port;
}

async function start(paths: Paths, opts: ManagedNeo4jOptions, progress: (line: string) => void): Promise<ManagedNeo4j> {
  const commands = resolveCommands(opts);
  await checkJava(commands.java);
  const install = await ensureInstalled({ installDir: paths.installDir, mvn: commands.mvn, onProgress: progress });

  const previous = readState(paths);
  const systemDb = path.join(paths.data, 'databases', 'system');
  if (!previous && existsSync(systemDb)) {
    throw new ManagedNeo4jError(
      `The managed Neo4j in ${paths.home} has data but its password (state.json) is gone`,
      `delete ${paths.home} to start afresh (its data is lost), ${ALTERNATIVES}`,
    );
  }
  const port = await choosePort(paths, previous, opts, progress);
  const state: InstanceState = {
    version: NEO4J_VERSION,
    port,
    user: NEO4J_USER,
    // Hex, so the password never starts with '-' (neo4j-admin would read it as an option).
    password: previous?.password ?? randomBytes(20).toString('hex'),
    createdAt: previous?.createdAt ?? new Date().toISOString(),
  };
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run]) mkdirSync(dir, { recursive: true });
  writeJsonAtomic(paths.stateFile, state, 0o600); // before anything uses the password, so it is never lost
  const memory = memoryFor(paths.instance);
  writeFileSync(path.join(paths.conf, 'neo4j.conf'), renderNeo4jConf({ boltPort: port, memory }));
  if (!existsSync(systemDb)) await setInitialPassword(commands.java, install, paths, state.password);

  clearRunFiles(paths);
  rmSync(paths.lastExitFile, { force: true });
  const offsets = new Map(LOG_FILES.map((name) => [name, sizeOf(path.join(paths.logs, name))]));
  const ownerToken = registerOwner(paths);
  progress(`Starting Neo4j ${NEO4J_VERSION}...`);
  const started = Date.now();
  const keeper = spawnKeeper(paths, {
    java: commands.java,
    args: [...jvmArgs(memory, path.join(install.libDir, '*')), NEO4J_MAIN_CLASS, `--home-dir=${paths.home}`, `--config-dir=${paths.conf}`],
    homeDir: paths.home,
    runDir: paths.run,
    port,
    version: NEO4J_VERSION,
    graceMs: KEEPER_GRACE_MS,
  });
  let record: ServerRecord | null = null;
  try {
    record = await waitForRecord(paths, keeper, offsets);
    const deadline = started + startTimeout(opts);
    for (;;) {
      if (!isAlive(record.javaPid)) throw await startFailure(paths, record.keeperPid, offsets);
      if (await boltAnswers(port, 1_000)) break;
      if (Date.now() > deadline) {
        throw new ManagedNeo4jError(
          `Neo4j did not answer on ${uriOf(port)} within ${((Date.now() - started) / 1000).toFixed(1)} s, so it was stopped`,
          `see ${path.join(paths.logs, 'neo4j.log')}; a slow machine may need ARGMAP_NEO4J_START_TIMEOUT_MS=300000, ${ALTERNATIVES}`,
        );
      }
      await sleep(200);
    }
  } catch (error) {
    unregisterOwner(ownerToken);
    if (record) await stopServer(paths, record, noop);
    else clearRunFiles(paths);
    throw error;
  }
  let token: string | null = ownerToken;
  if (opts.detached) {
    writeFileSync(paths.keepFile, '');
    unregisterOwner(ownerToken);
    token = null;
  }
  progress(`Neo4j ready on ${uriOf(port)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return makeHandle(paths, record, state, true, token, progress);
}

// ---------------------------------------------------------------------------------------------------
// The API

/** Reuses this instance's running server, or installs Neo4j (once) and starts it. */
export async function ensureManagedNeo4j(opts: ManagedNeo4jOptions): Promise<ManagedNeo4j> {
  const paths = pathsFor(opts);
  const progress = opts.onProgress ?? noop;
  mkdirSync(paths.run, { recursive: true });
  const timeoutMs = startTimeout(opts);
  return withLock(
    paths.startLock,
    `starting the managed Neo4j "${paths.instance}"`,
    async () => {
      const running = await findRunning(paths, timeoutMs, progress);
      if (!running) return start(paths, opts, progress);
      const state = readState(paths);
      if (!state) {
        throw new ManagedNeo4jError(
          `The managed Neo4j in ${paths.home} runs but its state.json is gone`,
          `stop it with \`argmap db stop\`, delete ${paths.home} and try again, ${ALTERNATIVES}`,
        );
      }
      let token: string | null = null;
      if (opts.detached) writeFileSync(paths.keepFile, '');
      else if (!existsSync(paths.keepFile)) token = registerOwner(paths);
      progress(`Using the Neo4j already running on ${uriOf(running.port)} (pid ${running.javaPid})`);
      return makeHandle(paths, running, state, false, token, progress);
    },
    { waitMs: timeoutMs + 15 * 60_000, onWait: progress },
  );
}

/** Stops this instance's server, whoever started it (`argmap db stop`). False if it was not running. */
export async function stopManagedNeo4j(opts: ManagedNeo4jTarget): Promise<boolean> {
  const paths = pathsFor(opts);
  if (!existsSync(paths.run)) return false;
  const progress = opts.onProgress ?? noop;
  return withLock(
    paths.startLock,
    `starting the managed Neo4j "${paths.instance}"`,
    async () => {
      const record = readServer(paths);
      if (!record || !isNeo4jOf(record.javaPid, paths.home)) {
        if (record) await waitForExit(record.keeperPid, 5_000);
        clearRunFiles(paths);
        return false;
      }
      await stopServer(paths, record, progress);
      return true;
    },
    { waitMs: 15 * 60_000, onWait: progress },
  );
}

export async function managedNeo4jStatus(opts: ManagedNeo4jTarget): Promise<ManagedNeo4jStatus> {
  const paths = pathsFor(opts);
  const base = {
    installed: isInstalled(paths.installDir),
    version: NEO4J_VERSION,
    dataDir: paths.dataDir,
    instance: paths.instance,
    home: paths.home,
  };
  const record = readServer(paths);
  if (!record || !isNeo4jOf(record.javaPid, paths.home) || !(await boltAnswers(record.port, 1_000))) {
    return { ...base, running: false };
  }
  return { ...base, running: true, pid: record.javaPid, uri: uriOf(record.port), detached: existsSync(paths.keepFile) };
}

/** Stops the instance's server and deletes its folder, data included (for throwaway instances). */
export async function removeManagedInstance(opts: ManagedNeo4jTarget): Promise<void> {
  const paths = pathsFor(opts);
  await stopManagedNeo4j(opts);
  rmSync(paths.home, { recursive: true, force: true });
}

/** Exposed for tests: where an instance's files are. */
export function managedInstancePaths(opts: ManagedNeo4jTarget): {
  home: string;
  installation: string;
  stateFile: string;
  serverFile: string;
} {
  const paths = pathsFor(opts);
  return {
    home: paths.home,
    installation: path.join(paths.installDir, `neo4j-${NEO4J_VERSION}`),
    stateFile: paths.stateFile,
    serverFile: paths.serverFile,
  };
}
