import { createHash } from 'node:crypto';
import os from 'node:os';
import v8 from 'node:v8';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** What an API key may do, each role including the ones before it. */
export const API_KEY_ROLES = ['read', 'write', 'admin'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** One entry of ARGMAP_API_KEYS. The name is what revisions, logs and events record; the key never leaves the process. */
export interface ApiKey {
  name: string;
  key: string;
  role: ApiKeyRole;
  /** The one map the key may act in (`@map:<slug>`); null: every map. */
  mapId: string | null;
}

const SCOPED_TO = /@(map:[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * ARGMAP_API_KEYS: comma-separated `name:key:role`, `name:key` or a plain `key`, each optionally
 * followed by `@map:<slug>` to hold in that map only. The role is `read`, `write` or `admin` (the
 * default, which is what a plain key has always been allowed). A plain key is named by a short
 * hash of itself.
 */
export function parseApiKeys(raw: string | undefined): ApiKey[] {
  const keys: ApiKey[] = [];
  for (const item of (raw ?? '').split(',').map((e) => e.trim())) {
    if (!item) continue;
    const scoped = SCOPED_TO.exec(item);
    if (!scoped && item.includes('@map:'))
      throw new Error('ARGMAP_API_KEYS: a key is scoped with `@map:<slug>` (lowercase words joined by hyphens) at its end');
    const mapId = scoped ? scoped[1]! : null;
    const entry = scoped ? item.slice(0, scoped.index) : item;
    const parts = entry.split(':');
    const last = parts.at(-1) as ApiKeyRole;
    const role: ApiKeyRole = parts.length === 3 && API_KEY_ROLES.includes(last) ? last : 'admin';
    if (parts.length > 3 || (parts.length === 3 && !API_KEY_ROLES.includes(last))) {
      throw new Error(`ARGMAP_API_KEYS: an entry is name:key:role with role one of ${API_KEY_ROLES.join(', ')}`);
    }
    const [name, key] =
      parts.length === 1 ? [`key-${createHash('sha256').update(entry).digest('hex').slice(0, 8)}`, entry] : [parts[0]!, parts[1]!];
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) {
      throw new Error(`ARGMAP_API_KEYS: a key name is 1 to 64 letters, digits, '.', '_' or '-', got "${name}"`);
    }
    if (key.length < 8) throw new Error(`ARGMAP_API_KEYS: the key named "${name}" is shorter than 8 characters`);
    if (keys.some((k) => k.name === name)) throw new Error(`ARGMAP_API_KEYS: the name "${name}" is used twice`);
    keys.push({ name, key, role, mapId });
  }
  return keys;
}

/**
 * How users' tokens are verified: HS256 with a shared secret (ARGMAP_JWT_SECRET), or RS256/ES256
 * with the keys the identity provider publishes (ARGMAP_JWT_JWKS_URL); the issuer and audience are
 * always checked.
 */
export interface JwtConfig {
  secret: string | null;
  jwksUrl: string | null;
  issuer: string;
  audience: string;
  /** How far a token's times may be off from this server's clock (ARGMAP_JWT_CLOCK_TOLERANCE, seconds). */
  clockToleranceSeconds: number;
}

/** The JWT settings, or null when neither a secret nor a JWKS URL is set (no tokens are accepted). */
export function jwtConfig(env: Env): JwtConfig | null {
  const secret = env.ARGMAP_JWT_SECRET?.trim() || null;
  const jwksUrl = env.ARGMAP_JWT_JWKS_URL?.trim() || null;
  if (!secret && !jwksUrl) return null;
  const issuer = env.ARGMAP_JWT_ISSUER?.trim();
  const audience = env.ARGMAP_JWT_AUDIENCE?.trim();
  if (!issuer || !audience) {
    throw new Error(
      'ARGMAP_JWT_ISSUER and ARGMAP_JWT_AUDIENCE must be set with ARGMAP_JWT_SECRET or ARGMAP_JWT_JWKS_URL: a token is accepted only from its issuer, for this service',
    );
  }
  if (secret && Buffer.byteLength(secret) < 32) throw new Error('ARGMAP_JWT_SECRET must be at least 32 bytes (HS256 wants a 256-bit key)');
  if (jwksUrl) {
    let url: URL;
    try {
      url = new URL(jwksUrl);
    } catch {
      throw new Error(`ARGMAP_JWT_JWKS_URL: "${jwksUrl}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('ARGMAP_JWT_JWKS_URL must be an http(s) URL');
  }
  return { secret, jwksUrl, issuer, audience, clockToleranceSeconds: intFrom(env, 'ARGMAP_JWT_CLOCK_TOLERANCE', 30) };
}

export interface Config {
  /** Set when NEO4J_URI is given; otherwise the managed local Neo4j is used. */
  neo4j: Neo4jConnectionConfig | null;
  database: string;
  port: number;
  host: string;
  apiKeys: readonly ApiKey[];
  /** Users' tokens (ARGMAP_JWT_*), or null when none are accepted. */
  jwt: JwtConfig | null;
  dataDir: string;
  production: boolean;
  graphiql: boolean;
  /** Schema introspection; off in production unless asked for (or GraphiQL is on, which needs it). */
  introspection: boolean;
  /** Browser origins allowed by CORS: '*' or an allow-list (ARGMAP_CORS_ORIGINS). */
  corsOrigins: '*' | readonly string[];
  /** ARGMAP_PERSISTED_ONLY=true: accept only the persisted operations (their sha256 hashes), nothing sent as text. */
  persistedOnly: boolean;
  /** A request's transaction timeout (ARGMAP_QUERY_TIMEOUT_MS, 15 s). */
  queryTimeoutMs: number;
  /**
   * The command line's transaction timeout (ARGMAP_CLI_TIMEOUT_MS, 10 minutes): an import batch
   * or a seed load on a busy machine may take longer than a request ever should.
   */
  cliTimeoutMs: number;
  maxBodyBytes: number;
  /** ARGMAP_HEAVY_CONCURRENCY: exports, deep graphs and evaluations running at once. */
  heavyConcurrency: number;
  /** ARGMAP_HEAVY_QUEUE: how many more of them may wait; beyond that they are refused (429). */
  heavyQueue: number;
  /** Rate limits per user or key (or per address without one): ARGMAP_RATE_WINDOW seconds, ARGMAP_RATE_WRITES, ARGMAP_RATE_HEAVY (0: off). */
  rateLimits: { windowSeconds: number; writes: number; heavy: number };
  /** ARGMAP_TRUST_PROXY=true: the client's address is the first of X-Forwarded-For (behind a proxy that sets it). */
  trustProxy: boolean;
  /** ARGMAP_REDIS_URL: change events go through Redis, so subscribers on every replica hear every write. */
  redisUrl: string | null;
  /** ARGMAP_EVALUATION_MEMORY_MB, in bytes: what the maps kept for evaluation may hold in all (see defaultEvaluationMemoryMB). */
  evaluationMemoryBytes: number;
}

const MiB = 1024 ** 2;

/**
 * The evaluation memory when ARGMAP_EVALUATION_MEMORY_MB is not set, in MiB: a quarter of the
 * machine's memory (at least 256), and at most half of this process's heap limit (the rest is
 * for requests, and for a map being read while the others are kept).
 */
export function defaultEvaluationMemoryMB(
  totalBytes: number = os.totalmem(),
  heapLimitBytes: number = v8.getHeapStatistics().heap_size_limit,
): number {
  return Math.floor(Math.min(Math.max(256 * MiB, totalBytes / 4), heapLimitBytes / 2) / MiB);
}

/** ARGMAP_EVALUATION_MEMORY_MB in bytes: more than the heap may hold would end in an out-of-memory crash, not a bound. */
function evaluationMemoryBytes(env: Env): number {
  const mb = intFrom(env, 'ARGMAP_EVALUATION_MEMORY_MB', defaultEvaluationMemoryMB());
  const heapMB = Math.floor(v8.getHeapStatistics().heap_size_limit / MiB);
  if (mb >= heapMB) {
    throw new Error(
      `ARGMAP_EVALUATION_MEMORY_MB is ${mb}, but the Node.js heap holds ${heapMB} MiB: set less, or raise it (NODE_OPTIONS=--max-old-space-size=...)`,
    );
  }
  return mb * MiB;
}

type Env = Readonly<Record<string, string | undefined>>;

function intFrom(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, got "${raw}"`);
  }
  return value;
}

/** ARGMAP_CORS_ORIGINS: unset or '*' for any origin (without credentials), 'none' for none, else a comma-separated list. */
function corsOrigins(raw: string | undefined): '*' | readonly string[] {
  const value = raw?.trim();
  if (!value || value === '*') return '*';
  if (value === 'none') return [];
  const origins = value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`ARGMAP_CORS_ORIGINS: "${origin}" is not an origin such as https://example.org`);
    }
    if (url.origin !== origin)
      throw new Error(`ARGMAP_CORS_ORIGINS: "${origin}" is not an origin (scheme, host and port only), e.g. ${url.origin}`);
  }
  return origins;
}

export function loadConfig(env: Env = process.env): Config {
  const database = env.NEO4J_DATABASE?.trim() || 'neo4j';
  const uri = env.NEO4J_URI?.trim();
  const production = env.NODE_ENV === 'production';
  const graphiqlFlag = env.ARGMAP_GRAPHIQL?.trim().toLowerCase();
  const graphiql = graphiqlFlag ? graphiqlFlag === 'true' : !production;
  const introspectionFlag = env.ARGMAP_INTROSPECTION?.trim().toLowerCase();
  return {
    neo4j: uri
      ? {
          uri,
          user: env.NEO4J_USER?.trim() || 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database,
        }
      : null,
    database,
    port: intFrom(env, 'PORT', 4000),
    // Loopback unless told otherwise: a development server is not for the network (the Docker image sets HOST=0.0.0.0).
    host: env.HOST?.trim() || '127.0.0.1',
    apiKeys: parseApiKeys(env.ARGMAP_API_KEYS),
    jwt: jwtConfig(env),
    dataDir: path.resolve(env.ARGMAP_DATA_DIR?.trim() || path.join(REPO_ROOT, '.argmap')),
    production,
    graphiql,
    introspection: introspectionFlag ? introspectionFlag === 'true' : graphiql || !production,
    corsOrigins: corsOrigins(env.ARGMAP_CORS_ORIGINS),
    persistedOnly: env.ARGMAP_PERSISTED_ONLY?.trim().toLowerCase() === 'true',
    queryTimeoutMs: intFrom(env, 'ARGMAP_QUERY_TIMEOUT_MS', 15_000),
    cliTimeoutMs: intFrom(env, 'ARGMAP_CLI_TIMEOUT_MS', 10 * 60_000),
    maxBodyBytes: intFrom(env, 'ARGMAP_MAX_BODY_BYTES', 2 * 1024 * 1024),
    heavyConcurrency: Math.max(1, intFrom(env, 'ARGMAP_HEAVY_CONCURRENCY', 2)),
    heavyQueue: intFrom(env, 'ARGMAP_HEAVY_QUEUE', 16),
    rateLimits: {
      windowSeconds: Math.max(1, intFrom(env, 'ARGMAP_RATE_WINDOW', 60)),
      writes: intFrom(env, 'ARGMAP_RATE_WRITES', 1200),
      heavy: intFrom(env, 'ARGMAP_RATE_HEAVY', 1200),
    },
    trustProxy: env.ARGMAP_TRUST_PROXY?.trim().toLowerCase() === 'true',
    redisUrl: env.ARGMAP_REDIS_URL?.trim() || null,
    evaluationMemoryBytes: evaluationMemoryBytes(env),
  };
}
