// Polls GET /healthz from a thread of its own, so a busy fuzz (or benchmark) process cannot delay
// the measurement: each poll's latency is the service's, not the caller's. Each poll goes with one
// to a bare control server in a process of its own: when both are slow, the machine stalled (other
// work on it), not the service. Started by healthz.ts.
/* global fetch, AbortSignal */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';

const { url, controlUrl, intervalMs, timeoutMs } = workerData;
let stopping = false;
const samples = [];
parentPort.on('message', (message) => {
  if (message === 'stop') stopping = true;
});
const poll = async (target) => {
  const started = performance.now();
  const ok = await fetch(target, { signal: AbortSignal.timeout(timeoutMs) }).then(
    async (response) => (await response.arrayBuffer(), response.status === 200),
    () => false,
  );
  return [Math.round((performance.now() - started) * 10) / 10, ok];
};
while (!stopping) {
  const at = Date.now();
  const [[ms, ok], [controlMs]] = await Promise.all([poll(url), controlUrl ? poll(controlUrl) : Promise.resolve([null])]);
  samples.push([at, ms, ok, controlMs]);
  await sleep(intervalMs);
}
parentPort.postMessage(samples);
