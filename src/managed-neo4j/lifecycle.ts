// What callers do with an instance: ensure it runs, stop it, ask its status, remove it. Each change
// happens under the instance's start lock, so two processes never start or stop it at once.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { NEO4J_VERSION } from './config.js';
import { ALTERNATIVES, ManagedNeo4jError } from './errors.js';
import { makeHandle, stopServer } from './handle.js';
import { isInstalled } from './install.js';
import { readState } from './instance-state.js';
import { withLock } from './locks.js';
import { pathsFor, uriOf } from './paths.js';
import { boltAnswers, isKeeperOf, isNeo4jOf } from './processes.js';
import { clearRunFiles, readServer, registerOwner } from './run-files.js';
import { findRunning } from './running.js';
import { start, startTimeout } from './start.js';
import type { ManagedNeo4j, ManagedNeo4jOptions, ManagedNeo4jStatus, ManagedNeo4jTarget } from './types.js';

const noop = () => {};

/** Reuses this instance's running server, or installs Neo4j (once) and starts it. */
export async function ensureManagedNeo4j(opts: ManagedNeo4jOptions): Promise<ManagedNeo4j> {
  const paths = pathsFor(opts);
  const progress = opts.onProgress ?? noop;
  mkdirSync(paths.run.dir, { recursive: true });
  const timeoutMs = startTimeout(opts);
  return withLock(
    paths.run.startLock,
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
      if (opts.detached) writeFileSync(paths.run.keep, '');
      else if (!existsSync(paths.run.keep)) token = registerOwner(paths.run);
      progress(`Using the Neo4j already running on ${uriOf(running.port)} (pid ${running.javaPid})`);
      return makeHandle(paths, running, state, false, token, progress);
    },
    { waitMs: timeoutMs + 15 * 60_000, onWait: progress },
  );
}

/** Stops this instance's server, whoever started it (`argmap db stop`). False if it was not running. */
export async function stopManagedNeo4j(opts: ManagedNeo4jTarget): Promise<boolean> {
  const paths = pathsFor(opts);
  if (!existsSync(paths.run.dir)) return false;
  const progress = opts.onProgress ?? noop;
  return withLock(
    paths.run.startLock,
    `starting the managed Neo4j "${paths.instance}"`,
    async () => {
      const record = readServer(paths.run);
      if (!record || !(isKeeperOf(record.keeperPid, paths.run.dir) || isNeo4jOf(record.javaPid, paths.home))) {
        clearRunFiles(paths.run);
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
  const record = readServer(paths.run);
  if (!record || !isKeeperOf(record.keeperPid, paths.run.dir)) return { ...base, running: false };
  const kept = { state: record.state, restarts: record.restarts, detached: existsSync(paths.run.keep) };
  // The keeper marks the server running on its next poll after Bolt answers; a server that answers is running already.
  const live = record.state === 'running' || record.state === 'starting';
  if (!live || !(await boltAnswers(record.port, 5_000))) return { ...base, running: false, ...kept };
  return { ...base, running: true, pid: record.javaPid, uri: uriOf(record.port), ...kept };
}

/** Stops the instance's server and deletes its folder, data included (for throwaway instances). */
export async function removeManagedInstance(opts: ManagedNeo4jTarget): Promise<void> {
  const paths = pathsFor(opts);
  await stopManagedNeo4j(opts);
  rmSync(paths.home, { recursive: true, force: true });
}
