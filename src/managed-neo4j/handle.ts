// The handle a caller gets for a running server, and stopping that server: a handle lets go of it when its
// process exits, and stops it only when nobody else uses it.
import { existsSync } from 'node:fs';
import type { InstanceState } from './instance-state.js';
import { uriOf, type Paths } from './paths.js';
import { isKeeperOf, isNeo4jOf, signal, terminate, waitForExit } from './processes.js';
import { clearRunFiles, liveOwners, readServer, unregisterOwner, type ServerRecord } from './run-files.js';
import type { ManagedNeo4j } from './types.js';

const STOP_GRACE_MS = 30_000;

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

export function makeHandle(
  paths: Paths,
  record: ServerRecord,
  state: InstanceState,
  startedHere: boolean,
  ownerToken: string | null,
  progress: (line: string) => void,
): ManagedNeo4j {
  let stopped = false;
  const { keeperPid } = record;
  /** The record as the keeper keeps it now (java's pid changes when the keeper restarts it). */
  const current = (): ServerRecord | null => {
    const now = readServer(paths.run);
    return now?.keeperPid === keeperPid ? now : null;
  };
  const release = onProcessExit(() => {
    // Synchronous, at exit: drop our claim; if nobody else uses the server, have the keeper stop it now
    // rather than at its next poll.
    unregisterOwner(ownerToken);
    if (startedHere && !existsSync(paths.run.keep) && liveOwners(paths.run).length === 0 && isKeeperOf(keeperPid, paths.run.dir)) {
      signal(keeperPid, 'SIGTERM');
    }
  });
  return {
    uri: uriOf(record.port),
    user: state.user,
    password: state.password,
    get pid() {
      return current()?.javaPid ?? record.javaPid;
    },
    startedHere,
    async stop() {
      if (stopped) return;
      stopped = true;
      release();
      unregisterOwner(ownerToken);
      if (!startedHere) return; // someone else runs that server
      if (existsSync(paths.run.keep)) {
        progress(`Neo4j stays up on ${uriOf(record.port)}: \`argmap db start\` asked for it (\`argmap db stop\` stops it).`);
        return;
      }
      const others = liveOwners(paths.run);
      if (others.length > 0) {
        progress(`Neo4j stays up on ${uriOf(record.port)} for the other processes using it (pid ${others.join(', ')}).`);
        return;
      }
      await stopServer(paths, current() ?? record, progress);
    },
  };
}

/**
 * Stops the server: asks its keeper (SIGTERM), which stops java (SIGTERM, SIGKILL after its grace period)
 * and exits; a java without a live keeper is terminated directly. Waits for both, then clears run/.
 */
export async function stopServer(paths: Paths, record: ServerRecord, progress: (line: string) => void): Promise<void> {
  const started = Date.now();
  const latest = readServer(paths.run);
  const javaPid = latest?.keeperPid === record.keeperPid ? latest.javaPid : record.javaPid;
  if (isKeeperOf(record.keeperPid, paths.run.dir)) {
    progress(`Stopping Neo4j (pid ${javaPid})...`);
    signal(record.keeperPid, 'SIGTERM');
    if (!(await waitForExit(record.keeperPid, STOP_GRACE_MS))) signal(record.keeperPid, 'SIGKILL');
  }
  if (isNeo4jOf(javaPid, paths.home)) {
    progress(`Stopping Neo4j (pid ${javaPid}), which runs without its keeper...`);
    await terminate(javaPid, STOP_GRACE_MS);
  }
  await waitForExit(record.keeperPid, 5_000);
  if (readServer(paths.run)?.keeperPid === record.keeperPid) clearRunFiles(paths.run);
  if (Date.now() - started > 100) progress(`Neo4j stopped (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
