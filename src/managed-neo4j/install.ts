// Installs the Neo4j server jars once, from Maven Central with mvn, and checks the Java that runs them.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import path from 'node:path';
import { MIN_JAVA_MAJOR, NEO4J_VERSION, parseJavaMajor, renderPom } from './config.js';
import { ALTERNATIVES, ManagedNeo4jError } from './errors.js';
import { withLock } from './locks.js';

export interface Commands {
  java: string;
  mvn: string;
}

/** java and mvn: the options, then ARGMAP_JAVA / ARGMAP_MVN, then $JAVA_HOME/bin/java, then PATH. */
export function resolveCommands(opts: { java?: string; mvn?: string }, env = process.env): Commands {
  const javaHome = env.JAVA_HOME?.trim();
  const fromJavaHome = javaHome ? path.join(javaHome, 'bin', 'java') : undefined;
  return {
    java: opts.java ?? (env.ARGMAP_JAVA?.trim() || (fromJavaHome && existsSync(fromJavaHome) ? fromJavaHome : 'java')),
    mvn: opts.mvn ?? (env.ARGMAP_MVN?.trim() || 'mvn'),
  };
}

function run(
  cmd: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string; error?: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stderr}\n${stdout}`;
      if (error && typeof (error as NodeJS.ErrnoException).code === 'string') {
        resolve({ code: null, output, error: error as NodeJS.ErrnoException });
      } else {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output });
      }
    });
  });
}

const JAVA_INSTALL = `install Java ${MIN_JAVA_MAJOR} or 21 (e.g. \`apt-get install openjdk-17-jre-headless\`) or point ARGMAP_JAVA at one, ${ALTERNATIVES}`;

/** The major version of the java command; throws a ManagedNeo4jError when it is missing or older than 17. */
export async function checkJava(java: string): Promise<number> {
  const { output, error } = await run(java, ['-version'], 30_000);
  if (error) {
    throw new ManagedNeo4jError(
      `Java ${MIN_JAVA_MAJOR}+ is needed to run the managed Neo4j, and \`${java}\` ${error.code === 'ENOENT' ? 'was not found' : `could not be run (${error.code})`}`,
      JAVA_INSTALL,
    );
  }
  const major = parseJavaMajor(output);
  if (major === null) {
    throw new ManagedNeo4jError(
      `\`${java} -version\` did not say which Java it is (${output.trim().split('\n')[0]?.slice(0, 120) ?? ''})`,
      JAVA_INSTALL,
    );
  }
  if (major < MIN_JAVA_MAJOR) {
    throw new ManagedNeo4jError(`Neo4j ${NEO4J_VERSION} needs Java ${MIN_JAVA_MAJOR}+, and \`${java}\` is Java ${major}`, JAVA_INSTALL);
  }
  return major;
}

/** Throws a ManagedNeo4jError when mvn cannot be run. */
export async function checkMvn(mvn: string): Promise<void> {
  const { code, output, error } = await run(mvn, ['-v'], 60_000);
  if (error || code !== 0) {
    throw new ManagedNeo4jError(
      `Maven is needed once, to fetch Neo4j ${NEO4J_VERSION} from Maven Central, and \`${mvn}\` ${error?.code === 'ENOENT' ? 'was not found' : `failed (${error?.code ?? `exit ${code}`}: ${output.trim().split('\n')[0]?.slice(0, 120) ?? ''})`}`,
      `install it (e.g. \`apt-get install maven\`) or point ARGMAP_MVN at it, ${ALTERNATIVES}`,
    );
  }
}

interface InstallMarker {
  version: string;
  jars: number;
  installedAt: string;
}

export interface Installation {
  /** <installDir>/neo4j-<version> */
  dir: string;
  libDir: string;
}

export function installationPaths(installDir: string): Installation {
  const dir = path.join(installDir, `neo4j-${NEO4J_VERSION}`);
  return { dir, libDir: path.join(dir, 'lib') };
}

const MARKER = 'installed.json';

/** True only for a complete installation: the marker written last, and as many jars as it counted. */
export function isInstalled(installDir: string): boolean {
  const { dir, libDir } = installationPaths(installDir);
  try {
    const marker = JSON.parse(readFileSync(path.join(dir, MARKER), 'utf8')) as InstallMarker;
    const jars = readdirSync(libDir).filter((name) => name.endsWith('.jar'));
    return marker.version === NEO4J_VERSION && marker.jars > 0 && jars.length >= marker.jars && jars.includes(`neo4j-${NEO4J_VERSION}.jar`);
  } catch {
    // No marker, one that does not parse, or no lib/: not a complete installation (it is installed again).
    return false;
  }
}

function dirSizeMb(dir: string): number {
  try {
    const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
    return Math.round(bytes / 1024 / 1024);
  } catch {
    // Only for the progress line: a size that cannot be read is not worth failing an installation that worked.
    return 0;
  }
}

/**
 * Makes sure <installDir>/neo4j-<version>/lib holds the server's jars. mvn writes into a temporary
 * folder that is renamed into place only when complete, with a marker file, so a partial or broken
 * download is never used: it is removed and done again.
 */
export async function ensureInstalled(opts: {
  installDir: string;
  mvn: string;
  onProgress: (line: string) => void;
}): Promise<Installation> {
  const paths = installationPaths(opts.installDir);
  if (isInstalled(opts.installDir)) return paths;
  mkdirSync(opts.installDir, { recursive: true });
  return withLock(
    path.join(opts.installDir, `neo4j-${NEO4J_VERSION}.lock`),
    `downloading Neo4j ${NEO4J_VERSION}`,
    async () => {
      if (isInstalled(opts.installDir)) return paths; // done by the process we waited for
      await checkMvn(opts.mvn);
      if (existsSync(paths.dir)) {
        opts.onProgress(`Found an incomplete Neo4j ${NEO4J_VERSION} installation in ${paths.dir}: removing it and downloading again.`);
        rmSync(paths.dir, { recursive: true, force: true });
      }
      for (const name of readdirSync(opts.installDir)) {
        // Leftovers of downloads that were interrupted (we hold the lock, so none is in progress).
        if (name.startsWith(`.neo4j-${NEO4J_VERSION}.partial-`)) rmSync(path.join(opts.installDir, name), { recursive: true, force: true });
      }
      await download(opts, paths);
      return paths;
    },
    { waitMs: 15 * 60_000, onWait: opts.onProgress },
  );
}

async function download(opts: { installDir: string; mvn: string; onProgress: (line: string) => void }, paths: Installation): Promise<void> {
  const tmp = path.join(opts.installDir, `.neo4j-${NEO4J_VERSION}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  const tmpLib = path.join(tmp, 'lib');
  const logFile = path.join(tmp, 'mvn.log');
  const keptLog = path.join(opts.installDir, `neo4j-${NEO4J_VERSION}-download.log`);
  mkdirSync(tmp, { recursive: true });
  writeFileSync(path.join(tmp, 'pom.xml'), renderPom());
  const started = Date.now();
  opts.onProgress(`Downloading Neo4j ${NEO4J_VERSION} from Maven Central (first run, ~125 MB)...`);
  const fd = openSync(logFile, 'w');
  try {
    const code = await new Promise<number | string>((resolve) => {
      const child = spawn(opts.mvn, ['-B', '-q', 'dependency:copy-dependencies', `-DoutputDirectory=${tmpLib}`, '-DincludeScope=runtime'], {
        cwd: tmp,
        stdio: ['ignore', fd, fd],
      });
      const ticker = setInterval(() => {
        const mb = dirSizeMb(tmpLib);
        opts.onProgress(`  ...still downloading (${Math.round((Date.now() - started) / 1000)} s${mb ? `, ${mb} MB copied` : ''})`);
      }, 10_000);
      const done = (result: number | string) => {
        clearInterval(ticker);
        resolve(result);
      };
      child.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
      child.once('exit', (exitCode, sig) => done(exitCode ?? `signal ${sig}`));
      // If this process is interrupted, mvn goes too (and the lock and temporary folder are cleaned next time).
      const killChild = () => child.kill('SIGTERM');
      process.once('exit', killChild);
      child.once('exit', () => process.removeListener('exit', killChild));
    });
    if (code !== 0) {
      copyFileSync(logFile, keptLog);
      const lines = readFileSync(logFile, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      const first = lines.find((line) => line.includes('ERROR')) ?? lines.at(-1) ?? `exit ${code}`;
      throw new ManagedNeo4jError(
        `Downloading Neo4j ${NEO4J_VERSION} with Maven failed (${first.replace(/\s+/g, ' ').trim().slice(0, 200)})`,
        `check that Maven can reach Maven Central (see ${keptLog}) and try again, ${ALTERNATIVES}`,
      );
    }
    const jars = readdirSync(tmpLib).filter((name) => name.endsWith('.jar'));
    if (!jars.includes(`neo4j-${NEO4J_VERSION}.jar`)) {
      copyFileSync(logFile, keptLog);
      throw new ManagedNeo4jError(
        `Maven finished but neo4j-${NEO4J_VERSION}.jar is not among the ${jars.length} jars it fetched`,
        `see ${keptLog} and try again, ${ALTERNATIVES}`,
      );
    }
    const marker: InstallMarker = { version: NEO4J_VERSION, jars: jars.length, installedAt: new Date().toISOString() };
    writeFileSync(path.join(tmp, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
    renameSync(tmp, paths.dir);
    opts.onProgress(
      `Neo4j ${NEO4J_VERSION} installed in ${paths.dir} (${jars.length} jars, ${dirSizeMb(paths.libDir)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    closeSync(fd);
    rmSync(tmp, { recursive: true, force: true });
  }
}
