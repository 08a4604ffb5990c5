import type { ApiKey } from '../../config.js';
import type { Viewer } from './auth.js';
import type { ChangeFeed } from './change-feed.js';
import type { HeavyGate } from '../heavy-gate.js';
import { viewerFrom } from './auth.js';
import type { WriteOrigin } from '../../domain/revisions.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Repositories } from '../../repositories/index.js';
import { ANY_MAP, type MapScope } from '../../domain/maps.js';
import { requestMaps, type KnownMaps, type RequestMaps } from './maps.js';

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
  viewer: Viewer;
  /** The maps the request works in: a top-level field opens its `mapId`, a node's field the node's map. */
  maps: RequestMaps;
  /** Reads by id across maps (ids are unique in the deployment; each record names its map), and the maps themselves. */
  anyMap: Repositories;
  /** Loaders of reads by id across maps (see `anyMap`). */
  loaders: Loaders;
  /** Database round trips this request has made so far. */
  stats: RoundTripCounter;
  /** What the revisions this request writes record: filled in by the mutation guard. */
  origin: WriteOrigin;
  /** The map's committed changes, for subscriptions. */
  changes: ChangeFeed;
  /** The process's gate for heavy reads (deep graphs, evaluation, exports). */
  heavy: HeavyGate;
  /** The client's network address (what rate limits count when no key came with the request). */
  clientAddress: string;
}

export interface ContextDeps {
  repositoriesFor: RepositoriesFor;
  /** Which maps exist, shared by the process's requests. */
  knownMaps: KnownMaps;
  apiKeys: readonly ApiKey[];
  changes: ChangeFeed;
  heavy: HeavyGate;
}

/** The one place a request's dependencies come in: a counting executor, repositories and fresh loaders. */
export function createContextFactory(deps: ContextDeps) {
  return ({ request, clientAddress }: { request: Request; clientAddress?: string }): Context => {
    const stats: RoundTripCounter = { roundTrips: 0 };
    const origin: WriteOrigin = { keyName: null, operation: null };
    const anyMap = deps.repositoriesFor({ stats, origin, scope: ANY_MAP });
    const maps = requestMaps((mapId) => deps.repositoriesFor({ stats, origin, scope: { mapId } }), anyMap.maps, deps.knownMaps);
    return {
      viewer: viewerFrom(request.headers.get('authorization'), deps.apiKeys),
      maps,
      anyMap,
      loaders: createLoaders(anyMap),
      stats,
      origin,
      changes: deps.changes,
      heavy: deps.heavy,
      clientAddress: clientAddress ?? 'unknown',
    };
  };
}
