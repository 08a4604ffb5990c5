// Starting an instance's server: install, password, neo4j.conf, the keeper that runs java, and waiting
// until Bolt answers (or saying in one line why it did not).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv, setInitialPassword } from './admin.js';
import { NEO4J_MAIN_CLASS, NEO4J_USER, NEO4J_VERSION, jvmArgs, renderNeo4jConf } from './config.js';
import { ALTERNATIVES, ManagedNeo4jError } from './errors.js';
import { makeHandle, stopServer } from './handle.js';
import { checkJava, ensureInstalled, resolveCommands } from './install.js';
import { readState, writeState, type InstanceState } from './instance-state.js';
import { memoryFor, SIZED_INSTANCES, type MemorySettings } from './memory.js';
import { makePrivate, PRIVATE_FILE, uriOf, type Paths } from './paths.js';
import { boltAnswers, freeLoopbackPort, isAlive, isMissing, portIsFree, signal, sleep, waitForExit } from './processes.js';
import {
  clearRunFiles,
  readJson,
  readLastExit,
  readServer,
  registerOwner,
  unregisterOwner,
  type KeeperConfig,
  type ServerRecord,
} from './run-files.js';
import type { ManagedNeo4j, ManagedNeo4jOptions } from './types.js';

const KEEPER_GRACE_MS = 20_000;
const noop = () => {};

export function startTimeout(opts: ManagedNeo4jOptions): number {
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

/** The part of a log file written after `from` (its size before the start). */
function logSince(file: string, from: number): string {
  try {
    return readFileSync(file, 'utf8').slice(from);
  } catch {
    // Only for the message of a failed start: a log that cannot be read must not hide why it failed.
    return '';
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch (error) {
    if (isMissing(error)) return 0; // not written yet: everything in it will be new
    throw error;
  }
}

const LOG_FILES = ['neo4j.log', 'console.log', 'debug.log'] as const;

/** The error when java exited before answering: port trouble gets its own message, anything else its first error line. */
async function startFailure(paths: Paths, keeperPid: number, offsets: Map<string, number>): Promise<ManagedNeo4jError> {
  await waitForExit(keeperPid, 3_000); // it writes last-exit.json
  const exit = readLastExit(paths.run)?.what ?? 'java exited';
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

function spawnKeeper(paths: Paths, config: KeeperConfig): ChildProcess {
  const self = fileURLToPath(import.meta.url);
  const ext = path.extname(self); // .ts when run through tsx, .js when built
  const keeper = path.join(path.dirname(self), `keeper${ext}`);
  const nodeArgs = ext === '.ts' ? ['--import', import.meta.resolve('tsx')] : [];
  const out = openSync(path.join(paths.logs, 'keeper.log'), 'a', PRIVATE_FILE);
  try {
    const child = spawn(process.execPath, [...nodeArgs, keeper, JSON.stringify(config)], {
      cwd: paths.home,
      detached: true, // its own process group and session: a Ctrl-C or hang-up meant for us does not reach it
      stdio: ['ignore', out, out],
      env: childEnv(),
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
    const record = readServer(paths.run);
    if (record && record.keeperPid === keeper.pid) return record;
    if (keeper.pid !== undefined && readLastExit(paths.run)?.keeperPid === keeper.pid) {
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

async function choosePort(state: InstanceState | null, opts: ManagedNeo4jOptions, progress: (line: string) => void): Promise<number> {
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

/** Bytes under a folder (0 when it does not exist). */
function treeBytes(dir: string): number {
  let sum = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const stat = lstatSync(file);
    sum += stat.isDirectory() ? treeBytes(file) : stat.size;
  }
  return sum;
}

function instanceMemory(paths: Paths): MemorySettings {
  try {
    return memoryFor(paths.instance);
  } catch (error) {
    throw new ManagedNeo4jError((error as Error).message, 'fix it, or unset it to let argmap size the memory to the machine.');
  }
}

/** One progress line: the memory Neo4j gets, and the store it has to hold, so the two can be compared. */
function describeMemory(paths: Paths, memory: MemorySettings): string {
  const storeMb = Math.round(treeBytes(path.join(paths.data, 'databases')) / 1024 / 1024);
  const overridden = ['ARGMAP_NEO4J_MEMORY', 'ARGMAP_NEO4J_HEAP', 'ARGMAP_NEO4J_PAGECACHE'].filter((name) => process.env[name]?.trim());
  const how =
    overridden.length > 0
      ? `set by ${overridden.join(', ')}`
      : (SIZED_INSTANCES as readonly string[]).includes(paths.instance)
        ? "Neo4j's recommendation for this machine"
        : 'the fixed share of a throwaway instance';
  return `Neo4j memory: heap ${memory.heapMax}, page cache ${memory.pageCache} for a store of ${storeMb} MB (${how})`;
}

export async function start(paths: Paths, opts: ManagedNeo4jOptions, progress: (line: string) => void): Promise<ManagedNeo4j> {
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
  const port = await choosePort(previous, opts, progress);
  const state: InstanceState = {
    version: NEO4J_VERSION,
    port,
    user: NEO4J_USER,
    // Hex, so the password never starts with '-' (neo4j-admin would read it as an option).
    password: previous?.password ?? randomBytes(20).toString('hex'),
    createdAt: previous?.createdAt ?? new Date().toISOString(),
  };
  makePrivate(paths);
  writeState(paths, state); // before anything uses the password, so it is never lost
  const memory = instanceMemory(paths);
  progress(describeMemory(paths, memory));
  writeFileSync(path.join(paths.conf, 'neo4j.conf'), renderNeo4jConf({ boltPort: port, memory }), { mode: PRIVATE_FILE });
  if (!existsSync(systemDb)) await setInitialPassword(commands.java, install, paths, state.password);

  clearRunFiles(paths.run);
  rmSync(paths.run.lastExit, { force: true });
  const offsets = new Map(LOG_FILES.map((name) => [name, sizeOf(path.join(paths.logs, name))]));
  const ownerToken = registerOwner(paths.run);
  progress(`Starting Neo4j ${NEO4J_VERSION}...`);
  const started = Date.now();
  const keeper = spawnKeeper(paths, {
    java: commands.java,
    args: [...jvmArgs(memory, path.join(install.libDir, '*')), NEO4J_MAIN_CLASS, `--home-dir=${paths.home}`, `--config-dir=${paths.conf}`],
    homeDir: paths.home,
    runDir: paths.run.dir,
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
    else clearRunFiles(paths.run);
    throw error;
  }
  let token: string | null = ownerToken;
  if (opts.detached) {
    writeFileSync(paths.run.keep, '');
    unregisterOwner(ownerToken);
    token = null;
  }
  progress(`Neo4j ready on ${uriOf(port)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return makeHandle(paths, record, state, true, token, progress);
}
