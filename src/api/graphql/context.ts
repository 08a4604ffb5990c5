import type { ApiKey } from '../../config.js';
import type { Viewer } from './auth.js';
import type { ChangeFeed } from './change-feed.js';
import type { HeavyGate } from '../heavy-gate.js';
import { viewerFrom } from './auth.js';
import type { ExecutorOptions, RoundTripCounter } from '../../db/executor.js';
import { createExecutor } from '../../db/executor.js';
import type { WriteOrigin } from '../../domain/revisions.js';
import { createLoaders, type Loaders } from './loaders.js';
import { createRepositories, createSharedState, type Repositories, type SharedState } from '../../repositories/index.js';

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
  executorOptions: ExecutorOptions;
  apiKeys: readonly ApiKey[];
  /** What repositories keep between requests (the evaluated map). */
  shared?: SharedState;
  changes: ChangeFeed;
  heavy: HeavyGate;
}

/** The one place a request's dependencies come in: a counting executor, repositories and fresh loaders. */
export function createContextFactory(deps: ContextDeps) {
  const shared = deps.shared ?? createSharedState();
  return ({ request, clientAddress }: { request: Request; clientAddress?: string }): Context => {
    const stats: RoundTripCounter = { roundTrips: 0 };
    const origin: WriteOrigin = { keyName: null, operation: null };
    const repos = createRepositories(createExecutor(deps.executorOptions, stats, origin), deps.executorOptions.registry, shared);
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
