// A lock file per job (installing, starting an instance), so two processes never do the same job at once.
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { ManagedNeo4jError } from './errors.js';
import { isAlive, sleep } from './processes.js';

/** The pid in a lock file; null when it cannot be read or is still empty. */
function holder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    // Released meanwhile (or unreadable): no holder to name; the caller tries to take the lock again.
    return null;
  }
}

function stale(file: string): boolean {
  const pid = holder(file);
  if (pid !== null) return !isAlive(pid);
  try {
    return Date.now() - statSync(file).mtimeMs > 5_000; // empty for 5 s: its writer died between open and write
  } catch {
    // Gone meanwhile: nothing to wait for (removing it again is harmless).
    return true;
  }
}

/**
 * Runs fn holding the lock file: waits while a live process holds it, takes over one left by a dead
 * process. The lock holds this process's pid, so calls within one process wait for each other too.
 */
export async function withLock<T>(
  file: string,
  what: string,
  fn: () => Promise<T>,
  opts: { waitMs: number; onWait?: (line: string) => void },
): Promise<T> {
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (stale(file)) {
      try {
        unlinkSync(file);
      } catch {
        // someone else removed it first
      }
      continue;
    }
    if (!told) {
      told = true;
      opts.onWait?.(`Waiting for another argmap process (pid ${holder(file) ?? '?'}) that is ${what}...`);
    }
    if (Date.now() - started > opts.waitMs) {
      throw new ManagedNeo4jError(
        `Another argmap process (pid ${holder(file) ?? '?'}) has been ${what} for ${Math.round(opts.waitMs / 1000)} s`,
        `wait for it or stop it, then try again (its lock is ${file})`,
      );
    }
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
}
