// Running neo4j-admin (the admin entry point of the installed jars) against an instance: the initial
// password, database dump and load; and the environment and file modes of every child process.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NEO4J_ADMIN_CLASS } from './config.js';
import { ALTERNATIVES, ManagedNeo4jError } from './errors.js';
import type { Installation } from './install.js';
import type { Paths } from './paths.js';

/** The environment for child processes, without the test runner's marker (the keeper is no test). */
export function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  return env;
}

export interface AdminRun {
  code: number | null;
  /** stderr, and stdout unless it went to a file. */
  output: string;
}

/**
 * Runs `neo4j-admin ARGS` for the instance with umask 077, so what it writes is private to the owner.
 * stdin and stdout can come from and go to files (for dump and load).
 */
export function runAdmin(
  java: string,
  install: Installation,
  paths: Paths,
  args: string[],
  io: { stdinFile?: string; stdoutFile?: string } = {},
): Promise<AdminRun> {
  const command = [java, '-Xmx512m', '-cp', path.join(install.libDir, '*'), NEO4J_ADMIN_CLASS, ...args];
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', 'umask 077 && exec "$@"', 'sh', ...command], {
      cwd: paths.home,
      env: { ...childEnv(), NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let settled = false;
    const done = (result: AdminRun) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    child.stdin.once('error', () => {}); // neo4j-admin may stop reading early; its exit code says why
    if (!io.stdinFile) child.stdin.end();
    else {
      const input = createReadStream(io.stdinFile);
      input.once('error', (error) => {
        output += `${error.message}\n`;
        child.kill('SIGTERM');
      });
      input.pipe(child.stdin);
    }
    let written: Promise<void> = Promise.resolve();
    if (io.stdoutFile) {
      const out = createWriteStream(io.stdoutFile, { mode: 0o600 });
      written = new Promise((resolveWrite) => {
        out.once('close', () => resolveWrite());
        out.once('error', (error) => {
          output += `${error.message}\n`;
          resolveWrite();
        });
      });
      child.stdout.pipe(out);
    } else {
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    }
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => done({ code: null, output: error.message }));
    child.once('close', (exitCode) => void written.then(() => done({ code: exitCode, output })));
  });
}

/** The first line of neo4j-admin's output that says what went wrong. */
export function adminError(output: string, fallback: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('Run with'));
  return (lines.find((line) => /error|exception|failed|not|cannot|unable/i.test(line)) ?? lines[0] ?? fallback).slice(0, 300);
}

/**
 * Writes data/dbms/auth.ini, which Neo4j reads when it creates its system database on first start. The
 * password travels in a file private to the owner (picocli's @file argument), never on a command line.
 */
export async function setInitialPassword(java: string, install: Installation, paths: Paths, password: string): Promise<void> {
  rmSync(path.join(paths.data, 'dbms', 'auth.ini'), { force: true });
  const passwordFile = path.join(paths.run.dir, `initial-password.${process.pid}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  let result: AdminRun;
  try {
    result = await runAdmin(java, install, paths, ['dbms', 'set-initial-password', `@${passwordFile}`]);
  } finally {
    rmSync(passwordFile, { force: true });
  }
  if (result.code !== 0 || !existsSync(path.join(paths.data, 'dbms', 'auth.ini'))) {
    throw new ManagedNeo4jError(
      `Setting the password of the managed Neo4j failed (${adminError(result.output, `exit ${result.code}`)})`,
      `delete ${paths.home} and try again, ${ALTERNATIVES}`,
    );
  }
}
