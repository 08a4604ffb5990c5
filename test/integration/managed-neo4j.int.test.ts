// The managed Neo4j against the real server: these tests start real java processes, each in a throwaway
// data folder, sharing the installation in the project's data folder (downloaded once).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig, REPO_ROOT } from '../../src/config.js';
import {
  ensureManagedNeo4j,
  managedInstancePaths,
  managedNeo4jStatus,
  ManagedNeo4jError,
  NEO4J_VERSION,
  removeManagedInstance,
  stopManagedNeo4j,
  type ManagedNeo4jOptions,
} from '../../src/managed-neo4j/index.js';
import { ensureInstalled, installationPaths, isInstalled } from '../../src/managed-neo4j/install.js';
import { formatSize, recommendMemory, parseSize } from '../../src/managed-neo4j/memory.js';
import { alive, keeperPolls, processesOf, within } from '../support/processes.js';

const installDir = loadConfig().dataDir;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'argmap-managed-'));
const dataDir = path.join(tmp, 'data');

function optsFor(instance: string, extra: Partial<ManagedNeo4jOptions> = {}): ManagedNeo4jOptions & { lines: string[] } {
  const lines: string[] = [];
  return { dataDir, installDir, instance, onProgress: (line) => lines.push(line), lines, ...extra };
}

/** An independent Bolt check: the handshake answered with a version. */
function boltHandshake(uri: string): Promise<number> {
  const port = Number(new URL(uri).port);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' }, () =>
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 0, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0])),
    );
    socket.setTimeout(3_000, () => socket.destroy(new Error('no answer')));
    socket.once('data', (chunk: Buffer) => {
      socket.destroy();
      resolve(chunk.readUInt32BE(0));
    });
    socket.once('error', reject);
  });
}

/** Expects a ManagedNeo4jError whose single line matches. */
async function rejectsWithLine(promise: Promise<unknown>, pattern: RegExp): Promise<ManagedNeo4jError> {
  let caught: unknown;
  await promise.then(
    () => assert.fail('expected a ManagedNeo4jError'),
    (error: unknown) => (caught = error),
  );
  assert.ok(caught instanceof ManagedNeo4jError, `not a ManagedNeo4jError: ${String(caught)}`);
  assert.match(caught.message, pattern);
  assert.doesNotMatch(caught.message, /\n/, 'one line');
  assert.ok(caught.hint.length > 0 && caught.message.endsWith(caught.hint));
  return caught;
}

/** Runs a node child that ensures the instance, prints {pid, uri} and then waits or exits. */
function ownerProcess(opts: ManagedNeo4jOptions, then: 'wait' | 'exit') {
  const script = path.join(tmp, `owner-${then}.mts`);
  writeFileSync(
    script,
    `import { ensureManagedNeo4j } from ${JSON.stringify(path.join(REPO_ROOT, 'src/managed-neo4j/index.ts'))};
const db = await ensureManagedNeo4j(JSON.parse(process.argv[2]));
process.stdout.write(JSON.stringify({ pid: db.pid, uri: db.uri, startedHere: db.startedHere }) + '\\n');
${then === 'wait' ? 'setInterval(() => {}, 1000);' : 'process.exit(0);'}
`,
  );
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify({ ...opts, onProgress: undefined })], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const started = new Promise<{ pid: number; uri: string; startedHere: boolean }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0] ?? '') as { pid: number; uri: string; startedHere: boolean });
    });
    child.once('exit', (code) => reject(new Error(`owner exited (${code}) before the server was up: ${err}`)));
  });
  return { child, started };
}

const withEnv = async <T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> => {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
};

function fakeBinary(name: string, body: string): string {
  const file = path.join(tmp, 'bin', name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** Every folder and file under dir with its permission bits. */
function modesUnder(dir: string): Array<{ file: string; mode: number; dir: boolean }> {
  const out: Array<{ file: string; mode: number; dir: boolean }> = [];
  const walk = (d: string) => {
    out.push({ file: d, mode: statSync(d).mode & 0o777, dir: true });
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      const stat = lstatSync(file);
      if (stat.isDirectory()) walk(file);
      else if (stat.isFile()) out.push({ file, mode: stat.mode & 0o777, dir: false });
    }
  };
  walk(dir);
  return out;
}

/** Samples `ps -eo args` every few milliseconds until stop() is called; returns every line seen. */
function samplePs(): { stop: () => Promise<Set<string>> } {
  const seen = new Set<string>();
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const line of execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).split('\n')) seen.add(line);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return seen;
    },
  };
}

// Each test starts java one or more times; on a busy 2-core machine one start can take a minute.
describe('managed Neo4j', { timeout: 20 * 60_000 }, () => {
  before(async () => {
    // Installs once into the project's data folder if needed, so the tests below time only what they test.
    await ensureInstalled({ installDir, mvn: process.env.ARGMAP_MVN ?? 'mvn', onProgress: () => {} });
  });
  after(async () => {
    for (const instance of ['life', 'owner', 'detached', 'timeout', 'port', 'nojava', 'oldjava', 'crash', 'private']) {
      await removeManagedInstance(optsFor(instance)).catch(() => {});
    }
    rmSync(tmp, { recursive: true, force: true });
  });

  it('starts, answers Bolt, is found again instead of started twice, and stops without leaving java behind', async () => {
    const opts = optsFor('life');
    const home = managedInstancePaths(opts).home;
    const before = await managedNeo4jStatus(opts);
    assert.equal(before.running, false);
    assert.equal(before.installed, true);
    assert.equal(before.version, NEO4J_VERSION);

    const db = await ensureManagedNeo4j(opts);
    assert.equal(db.startedHere, true);
    assert.match(db.uri, /^bolt:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(db.user, 'neo4j');
    assert.ok(db.password.length >= 16);
    assert.ok(alive(db.pid));
    assert.ok(readFileSync(`/proc/${db.pid}/cmdline`, 'utf8').includes('CommunityEntryPoint'));
    assert.ok((await boltHandshake(db.uri)) !== 0, 'Bolt agreed on a version');
    assert.ok(
      opts.lines.some((line) => line.startsWith(`Starting Neo4j ${NEO4J_VERSION}`)),
      opts.lines.join('\n'),
    );
    assert.ok(
      opts.lines.some((line) => /^Neo4j ready on bolt:\/\/127\.0\.0\.1:\d+ \(\d+\.\d s\)$/.test(line)),
      opts.lines.join('\n'),
    );

    const state = managedInstancePaths(opts).stateFile;
    assert.equal(statSync(state).mode & 0o777, 0o600, 'the password file is private');
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { password: string; port: number; version: string };
    assert.equal(saved.password, db.password);
    assert.equal(`bolt://127.0.0.1:${saved.port}`, db.uri);
    assert.equal(saved.version, NEO4J_VERSION);
    const conf = readFileSync(path.join(home, 'conf', 'neo4j.conf'), 'utf8');
    assert.match(conf, new RegExp(`^server\\.bolt\\.listen_address=127\\.0\\.0\\.1:${saved.port}$`, 'm'));
    assert.match(conf, /^dbms\.security\.auth_enabled=true$/m);

    const status = await managedNeo4jStatus(opts);
    assert.deepEqual([status.running, status.pid, status.uri, status.detached], [true, db.pid, db.uri, false]);

    const again = await ensureManagedNeo4j(opts);
    assert.deepEqual([again.startedHere, again.pid, again.uri, again.password], [false, db.pid, db.uri, db.password]);
    await again.stop();
    assert.ok(alive(db.pid), 'stop() of a borrowed handle leaves the server running');
    assert.equal((await managedNeo4jStatus(opts)).running, true);

    const keeperPid = (JSON.parse(readFileSync(managedInstancePaths(opts).serverFile, 'utf8')) as { keeperPid: number }).keeperPid;
    await db.stop();
    assert.equal(alive(db.pid), false, 'java is gone once stop() resolves');
    await within(5_000, () => !alive(keeperPid));
    assert.deepEqual(processesOf(home), []);
    assert.equal(existsSync(managedInstancePaths(opts).serverFile), false);
    assert.equal((await managedNeo4jStatus(opts)).running, false);
    assert.equal(await stopManagedNeo4j(opts), false, 'nothing left to stop');

    // The next start keeps the port and the password.
    const next = await ensureManagedNeo4j(opts);
    assert.deepEqual([next.startedHere, next.uri, next.password], [true, db.uri, db.password]);
    assert.notEqual(next.pid, db.pid);
    await next.stop();
    assert.equal(alive(next.pid), false);
  });

  it('stops java when the process that started it is killed with SIGKILL', async () => {
    const opts = optsFor('owner');
    const { child, started } = ownerProcess(opts, 'wait');
    const { pid, uri, startedHere } = await started;
    assert.equal(startedHere, true);
    assert.ok(alive(pid));
    assert.ok((await boltHandshake(uri)) !== 0);
    child.kill('SIGKILL');
    const took = await within(30_000, () => !alive(pid));
    assert.ok(took < 30_000);
    await within(5_000, () => processesOf(managedInstancePaths(opts).home).length === 0);
    assert.equal(existsSync(managedInstancePaths(opts).serverFile), false, 'the keeper cleared the run record');
    assert.equal((await managedNeo4jStatus(opts)).running, false);
  });

  it('replaces a server whose keeper died instead of reusing it unwatched', async () => {
    const opts = optsFor('owner');
    const first = await ensureManagedNeo4j(opts);
    const { keeperPid } = JSON.parse(readFileSync(managedInstancePaths(opts).serverFile, 'utf8')) as { keeperPid: number };
    process.kill(keeperPid, 'SIGKILL');
    await within(5_000, () => !alive(keeperPid));
    assert.ok(alive(first.pid), 'java outlives a SIGKILLed keeper');
    const second = await ensureManagedNeo4j(opts);
    assert.equal(second.startedHere, true);
    assert.notEqual(second.pid, first.pid);
    assert.equal(alive(first.pid), false);
    assert.ok(
      opts.lines.some((line) => line.includes('runs without its keeper process')),
      opts.lines.join('\n'),
    );
    await second.stop();
    await first.stop();
    assert.deepEqual(processesOf(managedInstancePaths(opts).home), []);
  });

  it('keeps a detached server (argmap db start) after its starter exits, until stopManagedNeo4j', async () => {
    const opts = optsFor('detached', { detached: true });
    const { child, started } = ownerProcess(opts, 'exit');
    const { pid, uri } = await started;
    await within(10_000, () => child.exitCode !== null);
    await keeperPolls(optsFor('detached'), 3); // three times the keeper looked for owners after its starter went
    assert.ok(alive(pid), 'still running after its starter exited');
    const status = await managedNeo4jStatus(opts);
    assert.deepEqual([status.running, status.pid, status.uri, status.detached], [true, pid, uri, true]);

    const borrowed = await ensureManagedNeo4j(optsFor('detached'));
    assert.deepEqual([borrowed.startedHere, borrowed.pid], [false, pid]);
    await borrowed.stop();
    assert.ok(alive(pid));

    assert.equal(await stopManagedNeo4j(opts), true);
    assert.equal(alive(pid), false);
    assert.deepEqual(processesOf(managedInstancePaths(opts).home), []);
  });

  it('says in one line that Java is missing, and leaves no state behind', async () => {
    const opts = optsFor('nojava');
    await withEnv({ ARGMAP_JAVA: path.join(tmp, 'no-such-dir', 'java') }, () =>
      rejectsWithLine(
        ensureManagedNeo4j(opts),
        /^Java 17\+ is needed .* was not found: install .*openjdk-17-jre-headless.* NEO4J_URI .*docker compose up/,
      ),
    );
    assert.equal(existsSync(managedInstancePaths(opts).stateFile), false);
    assert.deepEqual(readdirSync(path.join(managedInstancePaths(opts).home, 'run')), [], 'no lock or record left');
  });

  it('says in one line that Java is too old', async () => {
    const java = fakeBinary(
      'java',
      `echo 'openjdk version "11.0.2" 2019-01-15' >&2\necho 'OpenJDK Runtime Environment 18.9 (build 11.0.2+9)' >&2`,
    );
    const opts = optsFor('oldjava', { java });
    await rejectsWithLine(ensureManagedNeo4j(opts), /needs Java 17\+, and `.*java` is Java 11: install Java 17 or 21/);
    assert.equal(existsSync(managedInstancePaths(opts).stateFile), false);
  });

  it('says in one line that Maven is missing when Neo4j has to be downloaded', async () => {
    const fresh = path.join(tmp, 'fresh-install');
    const opts = optsFor('nomvn', { installDir: fresh });
    await withEnv({ ARGMAP_MVN: path.join(tmp, 'no-such-dir', 'mvn') }, () =>
      rejectsWithLine(
        ensureManagedNeo4j(opts),
        /^Maven is needed once, to fetch Neo4j 5\.26\.30 .* was not found: install it .* NEO4J_URI/,
      ),
    );
    assert.equal(isInstalled(fresh), false);
    assert.equal(existsSync(path.join(fresh, `neo4j-${NEO4J_VERSION}`)), false);
  });

  it('redoes a download that stopped halfway, and never installs a failed one', async () => {
    const dir = path.join(tmp, 'partial-install');
    const lib = path.join(dir, `neo4j-${NEO4J_VERSION}`, 'lib');
    mkdirSync(lib, { recursive: true });
    writeFileSync(path.join(lib, `neo4j-${NEO4J_VERSION}.jar`), 'half a jar');
    assert.equal(isInstalled(dir), false, 'no marker, no installation');

    // A Maven that fails halfway: an error line, no installation, no leftovers.
    const brokenMvn = fakeBinary(
      'mvn',
      `if [ "$1" = "-v" ]; then echo "Apache Maven 3.8.7"; exit 0; fi\nfor a in "$@"; do case "$a" in -DoutputDirectory=*) d="\${a#-DoutputDirectory=}";; esac; done\nmkdir -p "$d" && echo partial > "$d/neo4j-${NEO4J_VERSION}.jar"\necho "[ERROR] Could not transfer artifact org.neo4j:neo4j-kernel: connection refused"\nexit 1`,
    );
    const lines: string[] = [];
    await rejectsWithLine(
      ensureInstalled({ installDir: dir, mvn: brokenMvn, onProgress: (line) => lines.push(line) }),
      /^Downloading Neo4j 5\.26\.30 with Maven failed \(\[ERROR\] Could not transfer artifact.*\): check that Maven can reach Maven Central/,
    );
    assert.equal(isInstalled(dir), false);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name !== `neo4j-${NEO4J_VERSION}-download.log`),
      [],
      'the half-written folder and the temporary one are gone',
    );
    assert.ok(
      lines.some((line) => line.startsWith('Found an incomplete Neo4j')),
      lines.join('\n'),
    );

    // Half a download again, then a working Maven: done again from scratch and marked complete.
    mkdirSync(lib, { recursive: true });
    writeFileSync(path.join(lib, `neo4j-${NEO4J_VERSION}.jar`), 'half a jar');
    const installed = await ensureInstalled({
      installDir: dir,
      mvn: process.env.ARGMAP_MVN ?? 'mvn',
      onProgress: (line) => lines.push(line),
    });
    assert.equal(isInstalled(dir), true);
    assert.ok(statSync(path.join(installed.libDir, `neo4j-${NEO4J_VERSION}.jar`)).size > 100_000, 'the real jar replaced the half one');
    assert.ok(readdirSync(installed.libDir).length > 150);
    assert.ok(
      lines.some((line) => line.startsWith(`Downloading Neo4j ${NEO4J_VERSION} from Maven Central`)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) => /^Neo4j 5\.26\.30 installed in .* \(\d+ jars, \d+ MB, \d+\.\d s\)$/.test(line)),
      lines.join('\n'),
    );
  });

  it('says in one line that the port is in use, and starts nothing', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const opts = optsFor('port', { boltPort: port });
    try {
      await rejectsWithLine(
        ensureManagedNeo4j(opts),
        new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use.*: .*ARGMAP_NEO4J_PORT`),
      );
      await withEnv({ ARGMAP_NEO4J_PORT: String(port) }, () =>
        rejectsWithLine(ensureManagedNeo4j(optsFor('port')), new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use`)),
      );
    } finally {
      blocker.close();
    }
    assert.deepEqual(processesOf(managedInstancePaths(opts).home), []);
    assert.equal(existsSync(managedInstancePaths(opts).serverFile), false);
  });

  it('reports a server that exits while starting with the error line from its log', async () => {
    // A java that is real for everything but the server itself, which fails the way a broken one would.
    const java = fakeBinary(
      'java-crashing',
      `case "$*" in *CommunityEntryPoint*) echo "2026-01-01 00:00:00.000+0000 ERROR Failed to start Neo4j: broken store" >&2; exit 1;; esac\nexec java "$@"`,
    );
    const opts = optsFor('crash', { java });
    await rejectsWithLine(
      ensureManagedNeo4j(opts),
      /^Neo4j stopped while starting \(java exited \(code 1\)\): .*ERROR Failed to start Neo4j: broken store: see .*neo4j\.log/,
    );
    assert.deepEqual(processesOf(managedInstancePaths(opts).home), []);
    assert.equal(existsSync(managedInstancePaths(opts).serverFile), false);
  });

  it('gives up on a server that does not answer in time, in one line, and leaves no process behind', async () => {
    const opts = optsFor('timeout', { startTimeoutMs: 300 });
    const home = managedInstancePaths(opts).home;
    await rejectsWithLine(
      ensureManagedNeo4j(opts),
      /^Neo4j did not answer on bolt:\/\/127\.0\.0\.1:\d+ within \d+\.\d s, so it was stopped: .*ARGMAP_NEO4J_START_TIMEOUT_MS.*NEO4J_URI/,
    );
    const javaPid = Number(/started java pid (\d+)/.exec(readFileSync(path.join(home, 'logs', 'keeper.log'), 'utf8'))?.[1]);
    assert.ok(javaPid > 0, 'java was started');
    assert.equal(alive(javaPid), false);
    await within(5_000, () => processesOf(home).length === 0);
    assert.equal(existsSync(managedInstancePaths(opts).serverFile), false);

    // Nothing half-written: the next start with time enough works.
    const db = await ensureManagedNeo4j(optsFor('timeout'));
    assert.equal(db.startedHere, true);
    await db.stop();
    assert.equal(alive(db.pid), false);
  });

  it('keeps the store, transaction logs, auth and state private to the owner, and the password off every command line', async () => {
    const opts = optsFor('private');
    const home = managedInstancePaths(opts).home;
    const ps = samplePs();
    const db = await ensureManagedNeo4j(opts);
    const lines = await ps.stop();
    assert.ok(
      [...lines].some((line) => line.includes('set-initial-password')),
      'the sampling saw neo4j-admin set the password, so it would have seen the password on its command line',
    );
    assert.deepEqual(
      [...lines].filter((line) => line.includes(db.password)),
      [],
      'no command line holds the password',
    );
    for (const part of [
      'data/databases/neo4j',
      'data/transactions/neo4j',
      'data/dbms/auth.ini',
      'state.json',
      'conf/neo4j.conf',
      'logs/keeper.log',
    ]) {
      assert.ok(existsSync(path.join(home, part)), `${part} exists`);
    }
    const loose = modesUnder(home).filter(({ mode, dir }) => (dir ? mode !== 0o700 : (mode & 0o077) !== 0));
    assert.deepEqual(loose, [], 'folders 0700, files readable by the owner only');
    assert.equal(statSync(path.dirname(home)).mode & 0o777, 0o700, 'the instances folder too');

    // An instance left readable (by an older argmap, or by hand) is made private again at its next start.
    await db.stop();
    execFileSync('chmod', ['-R', 'go+rX', home]);
    assert.notDeepEqual(
      modesUnder(home).filter(({ mode }) => (mode & 0o077) !== 0),
      [],
    );
    const again = await ensureManagedNeo4j(opts);
    assert.deepEqual(
      modesUnder(home).filter(({ mode, dir }) => (dir ? mode !== 0o700 : (mode & 0o077) !== 0)),
      [],
    );
    await again.stop();
  });

  it('sizes memory as neo4j-admin server memory-recommendation does, for the sizes it was asked about', async () => {
    const { libDir } = installationPaths(installDir);
    const home = path.join(tmp, 'recommendation');
    mkdirSync(path.join(home, 'conf'), { recursive: true });
    writeFileSync(path.join(home, 'conf', 'neo4j.conf'), '');
    for (const memory of ['2g', '6g', '13g', '24g', '48g']) {
      const output = execFileSync(
        'java',
        [
          '-Xmx256m',
          '-cp',
          path.join(libDir, '*'),
          'org.neo4j.server.startup.Neo4jAdminCommand',
          'server',
          'memory-recommendation',
          `--memory=${memory}`,
        ],
        { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') } },
      );
      const setting = (name: string) => new RegExp(`^${name.replaceAll('.', '\\.')}=(\\S+)$`, 'm').exec(output)?.[1];
      const ours = recommendMemory(parseSize(memory)!);
      assert.deepEqual(
        [formatSize(ours.heap), formatSize(ours.pageCache)],
        [setting('server.memory.heap.max_size'), setting('server.memory.pagecache.size')],
        `for ${memory}`,
      );
    }
  });
});
