/**
 * The benchmark's processes: the service under test (compiled dist/), each baseline server and
 * each autocannon run are separate Node.js processes, so no one's CPU is charged to another.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../../src/config.js';

export interface Server {
  url: string;
  /** Extra URLs the server printed after its first (the raw server's loop endpoint). */
  extra: string[];
  pid: number;
  child: ChildProcess;
  /** Waits for a line of output (after the ready line) to match; resolves with the match. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

/** Starts a process and waits until a line of its output matches `ready` (the URL in its first group). */
export function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  log: (line: string) => void,
  timeoutMs = 120_000,
): Promise<Server> {
  const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')}: not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    let settled = false;
    // Lines after the ready one, and who waits for which.
    const later: string[] = [];
    const waiting = new Set<{ pattern: RegExp; found: (m: RegExpExecArray) => void }>();
    const waitFor = (pattern: RegExp, ms: number) =>
      new Promise<RegExpExecArray>((found, failed) => {
        for (const line of later) {
          const m = pattern.exec(line);
          if (m) return found(m);
        }
        const waiter = {
          pattern,
          found: (m: RegExpExecArray) => {
            clearTimeout(timer);
            found(m);
          },
        };
        const timer = setTimeout(() => {
          waiting.delete(waiter);
          failed(new Error(`${args.join(' ')}: no line matching ${pattern} within ${ms} ms`));
        }, ms);
        waiting.add(waiter);
      });
    const onLine = (line: string) => {
      if (settled) {
        later.push(line);
        if (later.length > 1000) later.shift();
        for (const waiter of waiting) {
          const m = waiter.pattern.exec(line);
          if (m) {
            waiting.delete(waiter);
            waiter.found(m);
          }
        }
      }
      const match = ready.exec(line);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        const stopped = new Promise<void>((done) => child.once('exit', () => done()));
        resolve({
          url: match[1]!,
          extra: match.slice(2).filter(Boolean),
          pid: child.pid!,
          child,
          waitFor,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            await Promise.race([stopped, new Promise((r) => setTimeout(r, 10_000))]);
            if (child.exitCode === null) child.kill('SIGKILL');
          },
        });
      } else if (/error|warn/i.test(line)) {
        log(`  [${path.basename(args[0] ?? command)}] ${line}`);
      }
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        lines.forEach(onLine);
      });
    }
    child.once('exit', (code) => {
      if (!settled) {
        clearTimeout(timer);
        reject(new Error(`${command} ${args.join(' ')} exited with ${code} before it was ready`));
      }
    });
  });
}

/** Compiles the baseline servers into one JavaScript file, so they too run without a run-time TypeScript loader. */
export async function buildBaselines(): Promise<string> {
  // In .argmap/ (one level below the root), so src/config.ts's REPO_ROOT still resolves to the root.
  const outfile = path.join(REPO_ROOT, '.argmap', 'bench-baselines.mjs');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'bench', 'baselines', 'serve.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

export interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
}

/** One autocannon run in a process of its own; returns its latency percentiles (whole ms), rate and its own CPU seconds. */
export function autocannon(
  url: string,
  body: unknown,
  seconds: number,
  connections: number,
  headers: Record<string, string>,
  onStart: (pid: number) => void = () => {},
): Promise<LoadResult & { cpuSeconds: number }> {
  const options = {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    connections,
    duration: seconds,
  };
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bench', 'lib', 'load-generator.mjs'), JSON.stringify(options)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onStart(child.pid!);
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${err.slice(-500)}`));
      try {
        const { result: r, cpuSeconds } = JSON.parse(out) as {
          result: {
            latency: { p50: number; p99: number };
            requests: { average: number; total: number };
            errors: number;
            timeouts: number;
            non2xx: number;
          };
          cpuSeconds: number;
        };
        resolve({
          p50: r.latency.p50,
          p99: r.latency.p99,
          rps: r.requests.average,
          errors: r.errors + r.non2xx,
          requests: r.requests.total,
          cpuSeconds: Math.round(cpuSeconds * 100) / 100,
        });
      } catch (error) {
        reject(new Error(`autocannon output: ${String(error)}: ${out.slice(0, 300)}`));
      }
    });
  });
}
