// The keeper: a small detached process that owns the Neo4j java process, so that java never outlives
// the processes using it. It starts java, records both pids in run/server.json, and polls every 500 ms:
// when no pid listed in run/owners/ is alive any more (and run/keep, the mark of `argmap db start`,
// is absent), it stops java (SIGTERM, then SIGKILL after a grace period) and exits. It also stops java
// on SIGTERM/SIGINT/SIGHUP, and exits when java exits, removing the run files it wrote.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface KeeperConfig {
  java: string;
  args: string[];
  homeDir: string;
  runDir: string;
  port: number;
  version: string;
  /** How long java gets to shut down cleanly before SIGKILL. */
  graceMs: number;
}

/** What run/server.json holds while the server runs. */
export interface ServerRecord {
  javaPid: number;
  keeperPid: number;
  port: number;
  version: string;
  startedAt: string;
}

const POLL_MS = 500;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeJson(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, file);
}

function log(line: string): void {
  process.stdout.write(`${new Date().toISOString()} keeper[${process.pid}] ${line}\n`);
}

function runKeeper(config: KeeperConfig): void {
  const serverFile = path.join(config.runDir, 'server.json');
  const ownersDir = path.join(config.runDir, 'owners');
  const keepFile = path.join(config.runDir, 'keep');
  const consoleFd = openSync(path.join(config.homeDir, 'logs', 'console.log'), 'a');

  const java = spawn(config.java, config.args, {
    cwd: config.homeDir,
    stdio: ['ignore', consoleFd, consoleFd],
    env: { ...process.env, NEO4J_HOME: config.homeDir, NEO4J_CONF: path.join(config.homeDir, 'conf') },
  });
  const javaPid = java.pid;
  let stopping = false;
  const poll: { timer?: NodeJS.Timeout } = {};

  const finish = (what: string) => {
    clearInterval(poll.timer);
    log(what);
    writeJson(path.join(config.runDir, 'last-exit.json'), { javaPid, keeperPid: process.pid, what, at: new Date().toISOString() });
    try {
      const record = JSON.parse(readFileSync(serverFile, 'utf8')) as ServerRecord;
      if (record.keeperPid === process.pid) {
        rmSync(serverFile, { force: true });
        rmSync(ownersDir, { recursive: true, force: true });
        rmSync(keepFile, { force: true });
      }
    } catch {
      // no record of ours to remove
    }
    process.exit(0);
  };

  java.once('error', (error) => finish(`java could not be started: ${error.message}`));
  java.once('exit', (code, sig) => finish(`java exited (${sig ? `signal ${sig}` : `code ${code}`})`));
  if (javaPid === undefined) return; // 'error' follows

  const record: ServerRecord = {
    javaPid,
    keeperPid: process.pid,
    port: config.port,
    version: config.version,
    startedAt: new Date().toISOString(),
  };
  writeJson(serverFile, record);
  log(`started java pid ${javaPid}`);

  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    log(`stopping java: ${why}`);
    java.kill('SIGTERM');
    setTimeout(() => {
      log('java did not stop in time: SIGKILL');
      java.kill('SIGKILL');
    }, config.graceMs).unref();
  };

  const ownersAlive = (): number[] => {
    let names: string[] = [];
    try {
      names = readdirSync(ownersDir);
    } catch {
      // no owners folder: nobody
    }
    return names.map((name) => Number(name.split('-')[0])).filter((pid) => Number.isInteger(pid) && alive(pid));
  };

  poll.timer = setInterval(() => {
    if (stopping || existsSync(keepFile)) return;
    if (ownersAlive().length === 0) stop('no owner process is alive');
  }, POLL_MS);

  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, () => stop(sig));
}

const raw = process.argv[2];
if (!raw) {
  process.stderr.write('usage: keeper <config json>\n');
  process.exit(2);
}
runKeeper(JSON.parse(raw) as KeeperConfig);
