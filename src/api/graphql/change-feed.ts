import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { ChangeEvent } from '../../domain/revisions.js';

const TOPIC = 'argmap:changes';

/**
 * The map's committed changes, as events: published where a write commits, heard by every
 * subscriber of every replica. With a Redis URL the events travel through Redis
 * publish/subscribe (graphql-yoga's Redis event target); without, they stay in this process.
 */
export interface ChangeFeed {
  publish(event: ChangeEvent): void;
  /** Every event from now on, until the iterator is returned. */
  subscribe(): AsyncIterableIterator<ChangeEvent>;
  /** Hears every event (from any replica) for as long as the feed is open. */
  listen(onEvent: (event: ChangeEvent) => void | Promise<void>): void;
  close(): Promise<void>;
}

/**
 * The process's own event target: every open subscription listens on it, so more than Node's
 * default of 10 listeners is the normal case, not a leak (each is removed when its client goes).
 */
function localTarget(): EventTarget {
  const target = new EventTarget();
  setMaxListeners(SUBSCRIBERS_MAX, target);
  return target;
}

/** Subscribers one process expects at most before Node warns of a leak. */
const SUBSCRIBERS_MAX = 10_000;

export function createChangeFeed({ redisUrl, onError }: { redisUrl: string | null; onError: (error: unknown) => void }): ChangeFeed {
  const clients = redisUrl
    ? {
        publishClient: new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 }),
        subscribeClient: new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 }),
      }
    : null;
  for (const client of clients ? [clients.publishClient, clients.subscribeClient] : []) {
    client.on('error', (error) => onError(error));
  }
  const pubsub = createPubSub<{ [TOPIC]: [ChangeEvent] }>({ eventTarget: clients ? createRedisEventTarget(clients) : localTarget() });
  const listeners: AsyncIterableIterator<ChangeEvent>[] = [];
  return {
    publish: (event) => pubsub.publish(TOPIC, event),
    subscribe: () => pubsub.subscribe(TOPIC)[Symbol.asyncIterator]() as AsyncIterableIterator<ChangeEvent>,
    listen(onEvent) {
      const events = pubsub.subscribe(TOPIC)[Symbol.asyncIterator]() as AsyncIterableIterator<ChangeEvent>;
      listeners.push(events);
      void (async () => {
        for (let next = await events.next(); !next.done; next = await events.next()) {
          try {
            await onEvent(next.value);
          } catch (error) {
            onError(error);
          }
        }
      })();
    },
    async close() {
      await Promise.all(listeners.map((l) => l.return?.()));
      if (clients) {
        clients.publishClient.disconnect();
        clients.subscribeClient.disconnect();
      }
    },
  };
}
