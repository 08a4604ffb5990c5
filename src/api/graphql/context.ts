import type { ApiKey } from '../../config.js';
import type { Viewer } from './auth.js';
import type { ChangeFeed } from './change-feed.js';
import type { HeavyGate } from '../heavy-gate.js';
import { viewerFrom } from './auth.js';
import type { WriteOrigin } from '../../domain/revisions.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Repositories } from '../../repositories/index.js';

/** Database round trips a request has made so far (its executor counts them). */
export interface RoundTripCounter {
  roundTrips: number;
}

/**
 * One request's repositories, made by the composition root (main.ts) over an executor of their
 * own: it counts the request's round trips in `stats`, and its writes record `origin`.
 */
export type RepositoriesFor = (request: { stats: RoundTripCounter; origin: WriteOrigin }) => Repositories;

export interface Context {
  viewer: Viewer;
  repos: Repositories;
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
  apiKeys: readonly ApiKey[];
  changes: ChangeFeed;
  heavy: HeavyGate;
}

/** The one place a request's dependencies come in: a counting executor, repositories and fresh loaders. */
export function createContextFactory(deps: ContextDeps) {
  return ({ request, clientAddress }: { request: Request; clientAddress?: string }): Context => {
    const stats: RoundTripCounter = { roundTrips: 0 };
    const origin: WriteOrigin = { keyName: null, operation: null };
    const repos = deps.repositoriesFor({ stats, origin });
    return {
      viewer: viewerFrom(request.headers.get('authorization'), deps.apiKeys),
      repos,
      loaders: createLoaders(repos),
      stats,
      origin,
      changes: deps.changes,
      heavy: deps.heavy,
      clientAddress: clientAddress ?? 'unknown',
    };
  };
}
