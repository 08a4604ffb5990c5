// Backups of a managed instance's database with Neo4j's own dump and load (neo4j-admin database dump|load).
// The community edition cannot dump or load a database it has mounted, so the keeper stops java around
// them (a pause request) and starts it again; processes using the server see a short outage and reconnect.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { adminError, runAdmin } from './admin.js';
import { ALTERNATIVES, ManagedNeo4jError } from './errors.js';
import { ensureInstalled, resolveCommands, type Installation } from './install.js';
import { ensureManagedNeo4j } from './lifecycle.js';
import { withLock } from './locks.js';
import { pathsFor, uriOf, type Paths } from './paths.js';
import { boltAnswers, isAlive, isKeeperOf, sleep } from './processes.js';
import { readServer, requestPause, withdrawPause } from './run-files.js';
import { startTimeout } from './start.js';
import type { ManagedNeo4jOptions } from './types.js';

export interface BackupOptions extends ManagedNeo4jOptions {
  /** The dump file to write (backup) or read (restore). */
  file: string;
  /** The database to dump or load; default 'neo4j'. */
  database?: string;
  /** Backup only: replace an existing file. */
  overwrite?: boolean;
}

const noop = () => {};
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Waits until the keeper reports `state` (and, for 'running', Bolt answers); throws after ms. */
async function waitForState(paths: Paths, state: 'paused' | 'running', ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const record = readServer(paths.run);
    if (!record || !isKeeperOf(record.keeperPid, paths.run.dir)) {
      throw new ManagedNeo4jError(
        'The managed Neo4j stopped during the backup or restore',
        `see ${path.join(paths.logs, 'keeper.log')}, then start it with \`argmap db start\`, ${ALTERNATIVES}`,
      );
    }
    if (record.state === state) {
      if (state === 'paused' && !isAlive(record.javaPid)) return;
      if (state === 'running' && (await boltAnswers(record.port, 1_000))) return;
    }
    if (Date.now() > deadline) {
      throw new ManagedNeo4jError(
        `The managed Neo4j did not ${state === 'paused' ? 'stop' : 'start again'} within ${Math.round(ms / 1000)} s (it is ${record.state})`,
        `see ${path.join(paths.logs, 'keeper.log')} and neo4j.log, ${ALTERNATIVES}`,
      );
    }
    await sleep(200);
  }
}

/** Runs `work` with java stopped by its keeper, under the instance's start lock; starts java again after. */
async function whilePaused<T>(paths: Paths, opts: ManagedNeo4jOptions, why: string, work: () => Promise<T>): Promise<T> {
  const progress = opts.onProgress ?? noop;
  return withLock(
    paths.run.startLock,
    `running a ${why} of the managed Neo4j "${paths.instance}"`,
    async () => {
      const stopping = Date.now();
      progress(`Stopping Neo4j for the ${why} (the community edition cannot dump or load a database while it runs)...`);
      requestPause(paths.run, why);
      try {
        await waitForState(paths, 'paused', 60_000);
        progress(`Neo4j stopped (${seconds(stopping)})`);
        return await work();
      } finally {
        withdrawPause(paths.run);
        const starting = Date.now();
        progress('Starting Neo4j again...');
        await waitForState(paths, 'running', startTimeout(opts));
        const record = readServer(paths.run);
        progress(`Neo4j is back on ${record ? uriOf(record.port) : 'its port'} (${seconds(starting)})`);
      }
    },
    { waitMs: 15 * 60_000, onWait: progress },
  );
}

async function installation(paths: Paths, opts: ManagedNeo4jOptions): Promise<{ java: string; install: Installation }> {
  const commands = resolveCommands(opts);
  const install = await ensureInstalled({ installDir: paths.installDir, mvn: commands.mvn, onProgress: opts.onProgress ?? noop });
  return { java: commands.java, install };
}

/** What `neo4j-admin database load --info` says of a dump; throws when it is no readable dump. */
async function describeDump(java: string, install: Installation, paths: Paths, file: string, database: string): Promise<string> {
  const info = await runAdmin(java, install, paths, ['database', 'load', '--info', '--from-stdin', database], { stdinFile: file });
  if (info.code !== 0) {
    throw new ManagedNeo4jError(
      `${file} is not a Neo4j dump that can be loaded (${adminError(info.output, `exit ${info.code}`)})`,
      'give a file written by `argmap db backup` or `neo4j-admin database dump`; nothing was changed.',
    );
  }
  return info.output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(Format|Files|Bytes)\b/i.test(line))
    .join(', ');
}

/** `argmap db backup FILE`: the instance's database dumped to FILE (the server is started first if needed). */
export async function backupManagedNeo4j(opts: BackupOptions): Promise<{ file: string; bytes: number }> {
  const progress = opts.onProgress ?? noop;
  const file = path.resolve(opts.file);
  const database = opts.database ?? 'neo4j';
  if (!existsSync(path.dirname(file))) {
    throw new ManagedNeo4jError(`The folder of ${file} does not exist`, 'create it or choose another file.');
  }
  if (existsSync(file) && !opts.overwrite) {
    throw new ManagedNeo4jError(`${file} already exists`, 'choose another file, or pass --force to replace it.');
  }
  const paths = pathsFor(opts);
  const { java, install } = await installation(paths, opts);
  const handle = await ensureManagedNeo4j(opts);
  const partial = `${file}.partial-${process.pid}`;
  try {
    await whilePaused(paths, opts, 'backup', async () => {
      const started = Date.now();
      progress(`Dumping database "${database}" to ${file}...`);
      const dump = await runAdmin(java, install, paths, ['database', 'dump', '--to-stdout', database], { stdoutFile: partial });
      if (dump.code !== 0) {
        throw new ManagedNeo4jError(
          `Dumping database "${database}" failed (${adminError(dump.output, `exit ${dump.code}`)})`,
          `see ${path.join(paths.logs, 'neo4j.log')}; ${file} was not written.`,
        );
      }
      renameSync(partial, file);
      progress(`Dumped ${megabytes(statSync(file).size)} in ${seconds(started)}`);
    });
  } finally {
    rmSync(partial, { force: true });
    await handle.stop();
  }
  const summary = await describeDump(java, install, paths, file, database);
  progress(`Backup written: ${file} (${summary || megabytes(statSync(file).size)})`);
  return { file, bytes: statSync(file).size };
}

/** `argmap db restore FILE`: the instance's database replaced by the dump in FILE, checked before anything changes. */
export async function restoreManagedNeo4j(opts: BackupOptions): Promise<void> {
  const progress = opts.onProgress ?? noop;
  const file = path.resolve(opts.file);
  const database = opts.database ?? 'neo4j';
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new ManagedNeo4jError(`${file} does not exist or is no file`, 'give the file that `argmap db backup` wrote.');
  }
  const paths = pathsFor(opts);
  const { java, install } = await installation(paths, opts);
  const handle = await ensureManagedNeo4j(opts);
  try {
    progress(`Checking ${file}...`);
    const summary = await describeDump(java, install, paths, file, database);
    progress(`${file} is a Neo4j dump (${summary || megabytes(statSync(file).size)})`);
    await whilePaused(paths, opts, 'restore', async () => {
      const started = Date.now();
      progress(`Loading ${file} into database "${database}", replacing its contents...`);
      const load = await runAdmin(java, install, paths, ['database', 'load', '--from-stdin', '--overwrite-destination=true', database], {
        stdinFile: file,
      });
      if (load.code !== 0) {
        throw new ManagedNeo4jError(
          `Loading ${file} into database "${database}" failed (${adminError(load.output, `exit ${load.code}`)})`,
          `see ${path.join(paths.logs, 'neo4j.log')}; restore a backup you trust, ${ALTERNATIVES}`,
        );
      }
      progress(`Loaded in ${seconds(started)}`);
    });
    progress(`Restored database "${database}" from ${file}`);
  } finally {
    await handle.stop();
  }
}
