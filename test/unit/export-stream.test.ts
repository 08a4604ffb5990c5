import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { streamWhole } from '../../src/api/http/export-route.js';

/** A response whose client reads slowly: every write fills its buffer, so each one waits for 'drain'. */
class SlowClient extends Writable {
  received = 0;
  mostCloseListeners = 0;
  constructor() {
    super({ highWaterMark: 16 });
  }
  writeHead(): this {
    return this;
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.received += chunk.length;
    this.mostCloseListeners = Math.max(this.mostCloseListeners, this.listenerCount('close'));
    setImmediate(done);
  }
}

describe('a streamed export', () => {
  it('waits for a slow client without piling up listeners', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const res = new SlowClient();
      async function* chunks() {
        // Past the bytes held before the status goes out, then many small writes that each wait.
        yield 'x'.repeat(70 * 1024);
        for (let i = 0; i < 500; i += 1) yield `line ${i}\n`;
      }
      await streamWhole(res as unknown as ServerResponse, { chunks: chunks(), contentType: 'text/plain', extension: 'txt' });
      await new Promise((resolve) => setImmediate(resolve));
      assert.ok(res.received > 70 * 1024);
      assert.ok(res.mostCloseListeners <= 3, `${res.mostCloseListeners} close listeners at once`);
      assert.ok(res.listenerCount('drain') === 0, `${res.listenerCount('drain')} drain listeners left`);
      assert.deepEqual(
        warnings.filter((w) => w.name === 'MaxListenersExceededWarning'),
        [],
      );
    } finally {
      process.off('warning', onWarning);
    }
  });
});
