// The run-file protocol between the keeper process and the processes that use its server: the files in an
// instance's run/ folder, what each holds, and who writes it. Both sides read and write them only through here.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isAlive, isMissing } from './processes.js';

/**
 * run/ holds:
 * - server.json (keeper writes, everyone reads): the ServerRecord while the keeper runs, touched at every poll;
 * - owners/<pid>-<random> (each user process writes its own): the processes using the server; the keeper
 *   stops java once none of them is alive;
 * - keep (`argmap db start` writes): the server stays up without owners, until `argmap db stop`;
 * - pause (a backup or restore writes, with its pid): the keeper stops java and keeps it stopped while the
 *   writer lives and the file exists, then starts it again;
 * - last-exit.json (keeper writes as it exits): why java ended, for the message of a failed start;
 * - start.lock (locks.ts): held while a process starts, stops or removes the instance.
 */
export interface RunFiles {
  dir: string;
  server: string;
  owners: string;
  keep: string;
  pause: string;
  lastExit: string;
  startLock: string;
}

export function runFiles(runDir: string): RunFiles {
  return {
    dir: runDir,
    server: path.join(runDir, 'server.json'),
    owners: path.join(runDir, 'owners'),
    keep: path.join(runDir, 'keep'),
    pause: path.join(runDir, 'pause'),
    lastExit: path.join(runDir, 'last-exit.json'),
    startLock: path.join(runDir, 'start.lock'),
  };
}

/** What the keeper is given on its command line (no secret is in it). */
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

/**
 * What the keeper's java is doing:
 * - starting: launched, has not answered on Bolt yet;
 * - running: answered on Bolt;
 * - restarting: died without being asked to (crash, SIGKILL, out of memory); started again at restartAt;
 * - paused: stopped on a pause request, started again once the request is gone;
 * - stopping: being stopped for good; the keeper exits when java has.
 * A java that dies while starting for the first time is not restarted: the keeper exits, and its
 * last-exit.json tells the starter why.
 */
export type ServerState = 'starting' | 'running' | 'restarting' | 'paused' | 'stopping';

/** What run/server.json holds while the keeper runs. */
export interface ServerRecord {
  state: ServerState;
  /** The current java (or, while restarting or paused, the last one). */
  javaPid: number;
  keeperPid: number;
  port: number;
  version: string;
  /** When the keeper started. */
  startedAt: string;
  /** How often java was restarted after dying. */
  restarts: number;
  /** While restarting: when the next attempt begins. */
  restartAt?: string;
}

/** What run/pause holds. */
export interface PauseRequest {
  pid: number;
  why: string;
}

/** What run/last-exit.json holds once the keeper has exited. */
export interface LastExit {
  javaPid?: number;
  keeperPid: number;
  what: string;
  at: string;
}

export function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // Absent, or not JSON (a file of an older argmap, or damaged): read as not there; writers replace it whole (writeJsonAtomic).
    return null;
  }
}

/** Written to a temporary file and renamed, so a reader never sees half of it. */
export function writeJsonAtomic(file: string, value: unknown, mode = 0o600): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode });
  renameSync(tmp, file);
}

export function readServer(files: RunFiles): ServerRecord | null {
  const record = readJson<ServerRecord>(files.server);
  return record && Number.isInteger(record.javaPid) && Number.isInteger(record.port) ? record : null;
}

/** The keeper's mark of each poll: server.json's modification time says when it last looked (owners, pauses, Bolt). */
export function touchServer(files: RunFiles): void {
  const now = new Date();
  try {
    utimesSync(files.server, now, now);
  } catch (error) {
    if (!isMissing(error)) throw error; // not written yet, or cleared as the keeper stops: nothing to mark
  }
}

export function writeServer(files: RunFiles, record: ServerRecord): void {
  writeJsonAtomic(files.server, record);
}

export function readLastExit(files: RunFiles): LastExit | null {
  return readJson<LastExit>(files.lastExit);
}

export function writeLastExit(files: RunFiles, exit: LastExit): void {
  writeJsonAtomic(files.lastExit, exit);
}

export function readPause(files: RunFiles): PauseRequest | null {
  const request = readJson<PauseRequest>(files.pause);
  return request && Number.isInteger(request.pid) ? request : null;
}

/** The pause request in force: one whose writer still lives. */
export function activePause(files: RunFiles): PauseRequest | null {
  const request = readPause(files);
  return request && isAlive(request.pid) ? request : null;
}

export function requestPause(files: RunFiles, why: string): void {
  writeJsonAtomic(files.pause, { pid: process.pid, why } satisfies PauseRequest);
}

export function withdrawPause(files: RunFiles): void {
  rmSync(files.pause, { force: true });
}

/** Removes what run/ about a server that is no longer running. */
export function clearRunFiles(files: RunFiles): void {
  rmSync(files.server, { force: true });
  rmSync(files.owners, { recursive: true, force: true });
  rmSync(files.keep, { force: true });
  rmSync(files.pause, { force: true });
}

/** Pids of the processes that registered as users of the server and are still alive. */
export function liveOwners(files: RunFiles): number[] {
  let names: string[];
  try {
    names = readdirSync(files.owners);
  } catch (error) {
    if (isMissing(error)) return []; // no process has registered yet
    throw error;
  }
  return [...new Set(names.map((name) => Number(name.split('-')[0])).filter((pid) => isAlive(pid)))];
}

/** Registers this process as a user of the server; the keeper stops java once no registered process lives. */
export function registerOwner(files: RunFiles): string {
  mkdirSync(files.owners, { recursive: true, mode: 0o700 });
  const token = path.join(files.owners, `${process.pid}-${randomBytes(4).toString('hex')}`);
  writeFileSync(token, '', { mode: 0o600 });
  return token;
}

export function unregisterOwner(token: string | null): void {
  if (token) rmSync(token, { force: true });
}
