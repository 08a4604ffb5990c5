// The keeper: a small detached process that owns the Neo4j java process of one instance. It keeps java
// from outliving the processes that use it (when no pid in run/owners/ lives and run/keep is absent, it
// stops java and exits), restarts a java that dies with a backoff, stops and restarts it around a pause
// request (backup, restore), and records all of it in run/server.json (see run-files.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import path from 'node:path';
import { boltAnswers } from './processes.js';
import {
  activePause,
  clearRunFiles,
  liveOwners,
  readServer,
  runFiles,
  touchServer,
  writeLastExit,
  writeServer,
  type KeeperConfig,
  type ServerRecord,
  type ServerState,
} from './run-files.js';

const POLL_MS = 500;
/** Waits before the 1st, 2nd, ... restart of a java that keeps dying; the last one repeats. */
export const RESTART_BACKOFF_MS = [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000] as const;
/** Consecutive deaths without answering on Bolt in between, after which the keeper gives up. */
export const MAX_FAILED_RESTARTS = 8;

function log(line: string): void {
  process.stdout.write(`${new Date().toISOString()} keeper[${process.pid}] ${line}\n`);
}

function runKeeper(config: KeeperConfig): void {
  const files = runFiles(config.runDir);
  // Everything java and this process create (store, transaction logs, auth) is private to the owner.
  process.umask(0o077);
  const consoleFd = openSync(path.join(config.homeDir, 'logs', 'console.log'), 'a');
  const record: ServerRecord = {
    state: 'starting',
    javaPid: 0,
    keeperPid: process.pid,
    port: config.port,
    version: config.version,
    startedAt: new Date().toISOString(),
    restarts: 0,
  };
  let java: ChildProcess | null = null;
  let answeredOnce = false;
  let failures = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  let probing = false;

  const setState = (state: ServerState, extra: Partial<ServerRecord> = {}) => {
    Object.assign(record, { restartAt: undefined }, extra, { state });
    writeServer(files, record);
  };

  const finish = (what: string) => {
    clearInterval(poll);
    clearTimeout(restartTimer);
    log(what);
    writeLastExit(files, { javaPid: record.javaPid, keeperPid: process.pid, what, at: new Date().toISOString() });
    if (readServer(files)?.keeperPid === process.pid) clearRunFiles(files);
    process.exit(0);
  };

  /** SIGTERM to java, SIGKILL after the grace period. */
  const stopJava = () => {
    java?.kill('SIGTERM');
    const target = java;
    killTimer = setTimeout(() => {
      if (target && target.exitCode === null && target.signalCode === null) {
        log('java did not stop in time: SIGKILL');
        target.kill('SIGKILL');
      }
    }, config.graceMs);
    killTimer.unref();
  };

  const onJavaExit = (what: string) => {
    java = null;
    clearTimeout(killTimer);
    if (record.state === 'stopping') return finish(what);
    if (record.state === 'paused') {
      log(`${what}: paused until the ${activePause(files)?.why ?? 'pause request'} is done`);
      return;
    }
    if (!answeredOnce) return finish(what); // never came up: the starter reports why
    failures += 1;
    if (failures > MAX_FAILED_RESTARTS) return finish(`${what}; gave up after ${MAX_FAILED_RESTARTS} restarts that did not answer`);
    const delay = RESTART_BACKOFF_MS[Math.min(failures, RESTART_BACKOFF_MS.length) - 1]!;
    log(`${what} unexpectedly: restarting in ${(delay / 1000).toFixed(1)} s (attempt ${failures})`);
    setState('restarting', { restartAt: new Date(Date.now() + delay).toISOString() });
    restartTimer = setTimeout(() => {
      record.restarts += 1;
      launch();
    }, delay);
  };

  const launch = () => {
    const child = spawn(config.java, config.args, {
      cwd: config.homeDir,
      stdio: ['ignore', consoleFd, consoleFd],
      env: { ...process.env, NEO4J_HOME: config.homeDir, NEO4J_CONF: path.join(config.homeDir, 'conf') },
    });
    java = child;
    child.once('error', (error) =>
      answeredOnce ? onJavaExit(`java could not be started: ${error.message}`) : finish(`java could not be started: ${error.message}`),
    );
    child.once('exit', (code, sig) => onJavaExit(`java exited (${sig ? `signal ${sig}` : `code ${code}`})`));
    if (child.pid === undefined) return; // 'error' follows
    setState('starting', { javaPid: child.pid });
    log(`started java pid ${child.pid}`);
  };

  const stop = (why: string) => {
    if (record.state === 'stopping') return;
    log(`stopping java: ${why}`);
    const running = java !== null;
    setState('stopping');
    if (running) stopJava();
    else finish(`stopped while ${why} (java was not running)`);
  };

  const poll = setInterval(() => {
    if (record.state === 'stopping') return;
    touchServer(files);
    if (!existsSync(files.keep) && liveOwners(files).length === 0) return stop('no owner process is alive');
    const pause = activePause(files);
    if (pause && record.state !== 'paused') {
      log(`pausing for the ${pause.why} (pid ${pause.pid})`);
      clearTimeout(restartTimer);
      const running = java !== null;
      setState('paused');
      if (running) stopJava();
      return;
    }
    if (!pause && record.state === 'paused' && java === null) {
      log('the pause is over: starting java again');
      launch();
      return;
    }
    if (record.state === 'starting' && !probing) {
      probing = true;
      void boltAnswers(config.port, 1_000).then((ok) => {
        probing = false;
        if (!ok || record.state !== 'starting') return;
        if (answeredOnce) log(`java pid ${record.javaPid} answers on Bolt again`);
        answeredOnce = true;
        failures = 0;
        setState('running');
      });
    }
  }, POLL_MS);

  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, () => stop(sig));
  launch();
}

const raw = process.argv[2];
if (!raw) {
  process.stderr.write('usage: keeper <config json>\n');
  process.exit(2);
}
runKeeper(JSON.parse(raw) as KeeperConfig);
