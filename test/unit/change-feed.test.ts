import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createChangeFeed } from '../../src/api/graphql/change-feed.js';
import type { ChangeEvent } from '../../src/domain/revisions.js';

describe('the change feed', () => {
  it('serves many subscribers at once without a leak warning, and each gets every event', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const feed = createChangeFeed({ redisUrl: null, onError: (error) => assert.fail(String(error)) });
    try {
      const subscribers = Array.from({ length: 50 }, () => feed.subscribe());
      const next = subscribers.map((s) => s.next());
      const event = { revision: 7, ids: ['claim:a'] } as unknown as ChangeEvent;
      feed.publish(event);
      const received = await Promise.all(next);
      assert.ok(received.every((r) => !r.done && r.value.revision === 7));
      await Promise.all(subscribers.map((s) => s.return?.()));
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(
        warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message),
        [],
      );
    } finally {
      process.off('warning', onWarning);
      await feed.close();
    }
  });
});
