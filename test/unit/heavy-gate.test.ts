import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeavyGate } from '../../src/api/heavy-gate.js';
import { BusyError } from '../../src/domain/errors.js';

describe('HeavyGate', () => {
  it('runs `concurrency` at once, queues `queue` in arrival order, refuses the rest with a retry time', async () => {
    const gate = new HeavyGate({ concurrency: 2, queue: 2 });
    const releases: (() => void)[] = [];
    const started: number[] = [];
    const job = (i: number) =>
      gate.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(i);
            releases[i] = () => resolve(i);
          }),
      );
    const running = [job(0), job(1), job(2), job(3)];
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(started, [0, 1]);
    assert.deepEqual(gate.stats, { running: 2, waiting: 2 });
    await assert.rejects(job(4), (error: unknown) => error instanceof BusyError && error.retryAfter >= 1);
    releases[1]!();
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(started, [0, 1, 2], 'the first in the queue takes the freed slot');
    releases[0]!();
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(started, [0, 1, 2, 3]);
    releases[2]!();
    releases[3]!();
    assert.deepEqual(await Promise.all(running), [0, 1, 2, 3]);
    assert.deepEqual(gate.stats, { running: 0, waiting: 0 });
  });

  it('frees its slot when the work fails', async () => {
    const gate = new HeavyGate({ concurrency: 1, queue: 0 });
    await assert.rejects(
      gate.run(() => Promise.reject(new Error('boom'))),
      /boom/,
    );
    assert.equal(await gate.run(() => Promise.resolve('next')), 'next');
  });
});
