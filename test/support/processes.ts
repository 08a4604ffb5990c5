// The tests' view of processes: whether one lives, which belong to a managed instance, and waiting for a condition.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { managedInstancePaths, type ManagedNeo4jTarget } from '../../src/managed-neo4j/index.js';

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false; // no such process (or, never here, not ours to signal)
  }
}

/** The pids of every process whose command line names `home` (an instance's keeper and java). */
export function processesOf(home: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(home);
      } catch {
        return false; // it exited while the list was read
      }
    })
    .map(Number);
}

/** Polls `check` until it holds; fails after `ms`. Returns how long it took. */
export async function within(ms: number, check: () => boolean): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`condition not reached within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

/** Waits until the instance's keeper has polled `count` more times (it touches run/server.json at each poll). */
export async function keeperPolls(target: ManagedNeo4jTarget, count: number): Promise<void> {
  const server = managedInstancePaths(target).serverFile;
  let last = statSync(server).mtimeMs;
  let seen = 0;
  await within(10_000 + count * 1_000, () => {
    const now = statSync(server).mtimeMs;
    if (now !== last) [last, seen] = [now, seen + 1];
    return seen >= count;
  });
}
