// Where one instance's files are (home, conf/, data/, logs/, run/, state.json), from the options that name it,
// and who may read them: the owner only (folders 0700, files 0600).
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { NEO4J_VERSION } from './config.js';
import { ManagedNeo4jError } from './errors.js';
import { runFiles, type RunFiles } from './run-files.js';
import type { ManagedNeo4jTarget } from './types.js';

export interface Paths {
  dataDir: string;
  instance: string;
  installDir: string;
  home: string;
  conf: string;
  data: string;
  logs: string;
  stateFile: string;
  run: RunFiles;
}

export function pathsFor(opts: ManagedNeo4jTarget): Paths {
  const instance = opts.instance ?? 'default';
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(instance)) {
    throw new ManagedNeo4jError(`"${instance}" is not a usable instance name`, 'use letters, digits, ".", "_" and "-" only.');
  }
  const dataDir = path.resolve(opts.dataDir);
  const home = path.join(dataDir, 'instances', instance);
  return {
    dataDir,
    instance,
    installDir: path.resolve(opts.installDir ?? dataDir),
    home,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    stateFile: path.join(home, 'state.json'),
    run: runFiles(path.join(home, 'run')),
  };
}

export const uriOf = (port: number) => `bolt://127.0.0.1:${port}`;

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
    serverFile: paths.run.server,
  };
}

export const PRIVATE_DIR = 0o700;
export const PRIVATE_FILE = 0o600;

/**
 * Creates the instance's folders private to the owner, and makes everything already under its home so:
 * folders 0700, files 0600 (also those an older argmap, or a Neo4j without umask 077, left readable).
 */
export function makePrivate(paths: Paths): void {
  for (const dir of [path.dirname(paths.home), paths.home, paths.conf, paths.data, paths.logs, paths.run.dir]) {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  }
  chmodSync(path.dirname(paths.home), PRIVATE_DIR);
  const walk = (dir: string) => {
    chmodSync(dir, PRIVATE_DIR);
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const stat = lstatSync(file);
      if (stat.isDirectory()) walk(file);
      else if (stat.isFile() && (stat.mode & 0o077) !== 0) chmodSync(file, stat.mode & 0o700); // the owner's bits only
    }
  };
  walk(paths.home);
}
