import type { ChangeFeed } from './change-feed.js';
import type { HeavyGate } from '../heavy-gate.js';
import { identify, type Credentials } from './auth.js';
import type { WriteOrigin } from '../../domain/revisions.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Repositories } from '../../repositories/index.js';
import { anyMapScope, type MapScope } from '../../domain/maps.js';
import type { Reader } from '../../domain/people.js';
import { requestMaps, type KnownMaps, type RequestMaps } from './maps.js';
import type { KnownUsers } from './users.js';

/** Database round trips a request has made so far (its executor counts them). */
export interface RoundTripCounter {
  roundTrips: number;
}

/**
 * One request's repositories for one map scope, made by the composition root (main.ts) over an
 * executor of their own: it counts the request's round trips in `stats`, its writes record
 * `origin`, and every statement it runs is scoped to `scope`'s map.
 */
export type RepositoriesFor = (request: { stats: RoundTripCounter; origin: WriteOrigin; scope: MapScope }) => Repositories;

export interface Context {
  /** Who makes the request: a user (token), a machine (API key), or nobody. */
  reader: Reader;
  /** false when the server takes no writes at all (neither keys nor tokens configured). */
  writesOpen: boolean;
  /** Why the key presented was not taken (the request reads anonymously; a write is refused with this). */
  refusal: string | null;
  /** The maps the request works in, and the access check: a top-level field opens its `mapId`, a node's field the node's map. */
  maps: RequestMaps;
  /** Reads across maps that are not of the map's content: the maps' directory, users. */
  anyMap: Repositories;
  /** Loaders of reads by id across maps: a node of a map the reader may not see loads as null. */
  loaders: Loaders;
  /** Database round trips this request has made so far. */
  stats: RoundTripCounter;
  /** What the revisions this request writes record: filled in by the mutation guard. */
  origin: WriteOrigin;
  /** The map's committed changes, for subscriptions. */
  changes: ChangeFeed;
  /** The process's gate for heavy reads (deep graphs, evaluation, exports). */
  heavy: HeavyGate;
  /** The client's network address (what rate limits count when no key or token came with the request). */
  clientAddress: string;
}

export interface ContextDeps {
  repositoriesFor: RepositoriesFor;
  /** Which maps exist, shared by the process's requests. */
  knownMaps: KnownMaps;
  /** Which users are recorded, shared by the process's requests. */
  knownUsers: KnownUsers;
  credentials: Credentials;
  changes: ChangeFeed;
  heavy: HeavyGate;
}

/**
 * The one place a request's dependencies come in: who the reader is (a credential that fails
 * refuses the request), a counting executor, repositories bound per map after the access check,
 * and fresh loaders.
 */
export function createContextFactory(deps: ContextDeps) {
  return async ({ request, clientAddress }: { request: Request; clientAddress?: string }): Promise<Context> => {
    const { reader, writesOpen, refusal } = await identify(request.headers.get('authorization'), deps.credentials);
    const stats: RoundTripCounter = { roundTrips: 0 };
    const origin: WriteOrigin = { keyName: null, operation: null, author: null };
    const anyMap = deps.repositoriesFor({ stats, origin, scope: anyMapScope(reader) });
    if (reader.kind === 'USER') await deps.knownUsers.see(reader, anyMap.users);
    const maps = requestMaps({
      reader,
      bind: (mapId, role) => deps.repositoriesFor({ stats, origin, scope: { mapId, reader, role } }),
      directory: anyMap.maps,
      known: deps.knownMaps,
    });
    return {
      reader,
      writesOpen,
      refusal,
      maps,
      anyMap,
      loaders: createLoaders(anyMap, (mapId) => maps.sees(mapId)),
      stats,
      origin,
      changes: deps.changes,
      heavy: deps.heavy,
      clientAddress: clientAddress ?? 'unknown',
    };
  };
}
