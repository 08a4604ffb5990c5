import { Store, useRateLimiter, type Identity } from '@envelop/rate-limiter';
import type { Plugin } from 'graphql-yoga';
import { BusyError } from '../domain/errors.js';
import type { Context } from './graphql/context.js';
import type { Reader } from '../domain/people.js';

export interface RateLimitOptions {
  /** The window, in seconds, over which calls are counted (ARGMAP_RATE_WINDOW). */
  windowSeconds: number;
  /** Writes (every mutation) per window for one user or key, or one address without either (ARGMAP_RATE_WRITES; 0: no limit). */
  writes: number;
  /** Heavy reads (argumentGraph, argumentChains, evaluation, GET /export) per window, the same way (ARGMAP_RATE_HEAVY; 0: no limit). */
  heavy: number;
}

/** The fields counted as heavy reads; every mutation is a write. */
const HEAVY_FIELDS = ['argumentGraph', 'argumentChains', 'evaluation'];

/**
 * The timestamps of recent calls, one list per caller and kind of call (`write` or `heavy`), not
 * per field as the plugin would keep them: a caller's writes share one budget. Callers whose
 * window has passed are forgotten, so the map holds only those active in the last window.
 */
class WindowStore extends Store {
  private readonly calls = new Map<string, { timestamps: readonly number[]; until: number }>();
  private nextSweep = 0;

  constructor(private readonly windowMs: number) {
    super();
  }

  private key(identity: Identity): string {
    const field = identity.fieldIdentity.split(':')[0]!;
    return `${identity.contextIdentity}\n${HEAVY_FIELDS.includes(field) || field === 'export' ? 'heavy' : 'write'}`;
  }

  getForIdentity(identity: Identity): readonly number[] {
    return this.calls.get(this.key(identity))?.timestamps ?? [];
  }

  setForIdentity(identity: Identity, timestamps: readonly number[]): void {
    const now = Date.now();
    if (now >= this.nextSweep) {
      for (const [key, entry] of this.calls) if (entry.until <= now) this.calls.delete(key);
      this.nextSweep = now + this.windowMs;
    }
    this.calls.set(this.key(identity), { timestamps, until: Math.max(now, ...timestamps) + this.windowMs });
  }

  /** Counts one call of a kind outside GraphQL (an export): 0 when it may go, else the seconds until it may. */
  take(contextIdentity: string, fieldIdentity: string, max: number): number {
    const identity = { contextIdentity, fieldIdentity };
    const now = Date.now();
    const recent = this.getForIdentity(identity).filter((t) => t + this.windowMs > now);
    if (recent.length >= max) return Math.max(1, Math.ceil((recent[recent.length - max]! + this.windowMs - now) / 1000));
    this.setForIdentity(identity, [...recent, now]);
    return 0;
  }
}

/** Who is counted: the user, or the key, that came with the request, else the client's address. */
export function callerOf(reader: Reader, address: string): string {
  switch (reader.kind) {
    case 'USER':
      return `user ${reader.userId}`;
    case 'KEY':
      return `key ${reader.keyName}`;
    case 'ANONYMOUS':
      return `address ${address}`;
  }
}

export interface RateLimits {
  /** The GraphQL plugin (@envelop/rate-limiter), when any limit is on. */
  plugin: Plugin | null;
  /** Counts an export for a caller; throws BusyError when it is over its budget of heavy reads. */
  takeExport(caller: string): void;
}

const busy = (what: string, max: number, windowSeconds: number, caller: string, retryAfter = windowSeconds) =>
  new BusyError(`Too many ${what} from this ${caller.split(' ')[0]}: at most ${max} every ${windowSeconds} s; try again later`, retryAfter);

export function createRateLimits({ windowSeconds, writes, heavy }: RateLimitOptions): RateLimits {
  const store = new WindowStore(windowSeconds * 1000);
  const window = `${windowSeconds}s`;
  const configByField = [
    ...(writes > 0 ? [{ type: 'Mutation', field: '*', max: writes, window, message: 'writes' }] : []),
    ...(heavy > 0 ? [{ type: 'Query', field: `{${HEAVY_FIELDS.join(',')}}`, max: heavy, window, message: 'heavy reads' }] : []),
  ];
  const plugin =
    configByField.length === 0
      ? null
      : (useRateLimiter({
          identifyFn: (context) => {
            const ctx = context as Context;
            return callerOf(ctx.reader, ctx.clientAddress);
          },
          store,
          configByField,
          // The plugin's own error carries the window ("60s") as Retry-After, which is not a number of seconds.
          interpolateMessage: (message, identifier) =>
            busy(message, message === 'writes' ? writes : heavy, windowSeconds, identifier).message,
          transformError: (message) => new BusyError(message, windowSeconds),
        }) as Plugin);
  return {
    plugin,
    takeExport(caller) {
      const wait = heavy > 0 ? store.take(caller, 'export', heavy) : 0;
      if (wait > 0) throw busy('heavy reads', heavy, windowSeconds, caller, wait);
    },
  };
}
