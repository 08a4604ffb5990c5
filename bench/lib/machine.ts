/**
 * What the machine was doing during a measurement: its CPU, its load average, and the CPU seconds
 * each process of the run used (from /proc/PID/stat, children included), so a figure measured
 * on a shared machine comes with the load it was measured under.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

const TICKS = 100; // USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).

export interface Machine {
  cpuModel: string;
  cpus: number;
  memoryGiB: number;
  node: string;
  platform: string;
}

export function machine(): Machine {
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

/** The 1-minute load average (what ran or waited for a CPU, averaged). */
export function loadavg(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

/** CPU seconds (user + system) used so far by a process; null when it is gone or /proc is not there. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields start after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14-17 of stat (utime, stime, cutime, cstime), counted from the state field (3).
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return ticks / TICKS;
  } catch {
    return null;
  }
}

/** The resident memory of a process in MiB; null when it is gone. */
export function rssMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The whole machine's busy CPU seconds so far (all cores, from /proc/stat). */
function machineBusySeconds(): number | null {
  try {
    const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
    const v = cpu!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy is everything but idle and iowait.
    return (v[0]! + v[1]! + v[2]! + v[5]! + v[6]! + v[7]!) / TICKS;
  } catch {
    return null;
  }
}

export interface Usage {
  seconds: number;
  loadBefore: number;
  loadAfter: number;
  /** CPU seconds each named process used during the measurement. */
  cpu: Record<string, number | null>;
  /** CPU seconds the whole machine was busy (all cores), of which the named processes used `cpu`. */
  machineBusy: number | null;
  /** Resident memory of each named process at the end, MiB. */
  rss: Record<string, number | null>;
}

/** Starts watching named processes; `stop()` reports what they and the machine used meanwhile. */
export function watch(pids: Record<string, number | undefined>): { stop(): Usage } {
  const named = Object.entries(pids).filter((e): e is [string, number] => typeof e[1] === 'number');
  const before = new Map(named.map(([name, pid]) => [name, cpuSeconds(pid)]));
  const busyBefore = machineBusySeconds();
  const loadBefore = loadavg();
  const started = performance.now();
  return {
    stop() {
      const round = (x: number) => Math.round(x * 100) / 100;
      const cpu: Record<string, number | null> = {};
      const rss: Record<string, number | null> = {};
      for (const [name, pid] of named) {
        const a = before.get(name);
        const b = cpuSeconds(pid);
        cpu[name] = a === null || a === undefined || b === null ? null : round(b - a);
        rss[name] = rssMiB(pid);
      }
      const busyAfter = machineBusySeconds();
      return {
        seconds: round((performance.now() - started) / 1000),
        loadBefore,
        loadAfter: loadavg(),
        cpu,
        machineBusy: busyBefore === null || busyAfter === null ? null : round(busyAfter - busyBefore),
        rss,
      };
    },
  };
}
