import { loadConfig } from '../../src/config.js';
import { startService, type RunningService } from '../../src/main.js';

export const TEST_API_KEY = 'test-key-0123456789';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: { roundTrips?: number } & Record<string, unknown>;
}

export interface TestService {
  url: string;
  service: RunningService;
  /** POST /graphql; `key` is sent as a bearer token (default: the test key; null for none). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, key?: string | null): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/**
 * Starts the real service on a free port against the test database (NEO4J_URI, set by the
 * test runner), with an empty graph (or the seed debate with `seed: true`; `wipe: false` keeps
 * what another service in the same test file has loaded).
 */
export async function startTestService({
  seed = false,
  wipe = true,
  apiKeys = [TEST_API_KEY],
  env = {},
}: { seed?: boolean; wipe?: boolean; apiKeys?: string[]; env?: Record<string, string> } = {}): Promise<TestService> {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is not set: run the tests with `npm test`, which starts a test database');
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', ARGMAP_API_KEYS: apiKeys.join(','), ...env });
  const service = await startService({ config, log: () => {} });
  try {
    if (wipe) await service.backend.repos.database.deleteEverything();
    if (seed) {
      const { loadSeed } = await import('../../src/cli/seed.js');
      await loadSeed(service.backend.repos, service.backend.schema);
    }
  } catch (error) {
    // A setup that fails must not leave the service running: the test file could never end.
    await service.close();
    throw error;
  }
  return {
    url: service.url,
    service,
    async gql(query, variables = {}, key = TEST_API_KEY) {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GqlResult, 'status'>;
      return { status: response.status, ...body } as never;
    },
    close: () => service.close(),
  };
}
