/**
 * /healthz watched while a run goes on: a worker thread (healthz-worker.mjs) polls it, so the
 * latencies are the service's even when the process sending the load is busy, and polls a bare
 * control server (a process of its own) at the same moments, which tells a stalled service from a
 * stalled machine.
 */
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';

export interface HealthzSample {
  /** When the poll started (epoch ms). */
  at: number;
  ms: number;
  ok: boolean;
  /** The control server's latency at the same moment. */
  controlMs: number | null;
}

export interface HealthzSummary {
  polls: number;
  failed: number;
  worstMs: number;
  p50Ms: number;
  p99Ms: number;
  /** The control server's worst latency: what the machine alone did to a poll. */
  controlWorstMs: number | null;
  samples: HealthzSample[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const CONTROL = `require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;

/** A bare HTTP server in a process of its own, answering "ok". */
async function startControl(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['-e', CONTROL], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`the control server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

/** Starts polling `${base}/healthz` every `intervalMs`; `stop()` ends it and gives the samples. */
export async function watchHealthz(
  base: string,
  { intervalMs = 200, timeoutMs = 10_000 } = {},
): Promise<{ stop(): Promise<HealthzSummary> }> {
  const control = await startControl();
  const worker = new Worker(new URL('./healthz-worker.mjs', import.meta.url), {
    workerData: { url: `${base}/healthz`, controlUrl: control.url, intervalMs, timeoutMs },
  });
  const result = new Promise<[number, number, boolean, number | null][]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      try {
        const raw = await result;
        const samples = raw.map(([at, ms, ok, controlMs]) => ({ at, ms, ok, controlMs }));
        const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
        const control = samples.map((s) => s.controlMs).filter((ms): ms is number => ms !== null);
        return {
          polls: samples.length,
          failed: samples.filter((s) => !s.ok).length,
          worstMs: sorted.at(-1) ?? 0,
          p50Ms: percentile(sorted, 50),
          p99Ms: percentile(sorted, 99),
          controlWorstMs: control.length ? Math.max(...control) : null,
          samples,
        };
      } finally {
        await worker.terminate();
        control.stop();
      }
    },
  };
}
