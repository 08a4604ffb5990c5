// Finding the server an instance already runs: answering, starting, restarting, paused, or left behind by a dead keeper.
import { ALTERNATIVES, ManagedNeo4jError } from './errors.js';
import { stopServer } from './handle.js';
import { uriOf, type Paths } from './paths.js';
import { boltAnswers, isKeeperOf, isNeo4jOf, sleep, waitForExit } from './processes.js';
import { clearRunFiles, readServer, type ServerRecord } from './run-files.js';

function waitingFor(record: ServerRecord): string {
  switch (record.state) {
    case 'restarting':
      return `Neo4j stopped unexpectedly and is being restarted by its keeper (restart ${record.restarts + 1}); waiting...`;
    case 'paused':
      return 'Neo4j is stopped for a backup or restore; waiting...';
    case 'stopping':
      return `Neo4j (pid ${record.javaPid}) is stopping; waiting...`;
    default:
      return `Neo4j (pid ${record.javaPid}) is running but not answering yet; waiting...`;
  }
}

/**
 * The server this instance runs, answering on Bolt; null if none (a stale record is removed).
 * A server that runs but does not answer yet (starting, restarting, paused, or stopping) is waited for.
 */
export async function findRunning(paths: Paths, waitMs: number, progress: (line: string) => void): Promise<ServerRecord | null> {
  const deadline = Date.now() + waitMs;
  let told = '';
  for (;;) {
    const record = readServer(paths.run);
    if (!record) return null;
    if (!isKeeperOf(record.keeperPid, paths.run.dir)) {
      if (isNeo4jOf(record.javaPid, paths.home)) {
        // Nothing would stop this java when its users go: replace it with a watched one.
        progress(`Neo4j (pid ${record.javaPid}) runs without its keeper process: restarting it.`);
        await stopServer(paths, record, progress);
      }
      clearRunFiles(paths.run);
      return null;
    }
    if (record.state === 'stopping') {
      await waitForExit(record.keeperPid, 1_000);
    } else if ((record.state === 'running' || record.state === 'starting') && (await boltAnswers(record.port, 5_000))) {
      return record;
    }
    if (Date.now() > deadline) {
      throw new ManagedNeo4jError(
        `The managed Neo4j (pid ${record.javaPid}, ${record.state}) runs but does not answer on ${uriOf(record.port)}`,
        `stop it with \`argmap db stop\` and try again (see ${paths.logs}/neo4j.log and keeper.log), ${ALTERNATIVES}`,
      );
    }
    const line = waitingFor(record);
    if (line !== told) {
      told = line;
      progress(line);
    }
    await sleep(250);
  }
}
