import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Config {
  /** Set when NEO4J_URI is given; otherwise the managed local Neo4j is used. */
  neo4j: Neo4jConnectionConfig | null;
  database: string;
  port: number;
  host: string;
  apiKeys: readonly string[];
  dataDir: string;
  production: boolean;
  graphiql: boolean;
  /** Schema introspection; off in production unless asked for (or GraphiQL is on, which needs it). */
  introspection: boolean;
  /** Browser origins allowed by CORS: '*' or an allow-list (ARGMAP_CORS_ORIGINS). */
  corsOrigins: '*' | readonly string[];
  /** ARGMAP_PERSISTED_ONLY=true: accept only the persisted operations (their sha256 hashes), nothing sent as text. */
  persistedOnly: boolean;
  queryTimeoutMs: number;
  maxBodyBytes: number;
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
    apiKeys: (env.ARGMAP_API_KEYS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key.length > 0),
    dataDir: path.resolve(env.ARGMAP_DATA_DIR?.trim() || path.join(REPO_ROOT, '.argmap')),
    production,
    graphiql,
    introspection: introspectionFlag ? introspectionFlag === 'true' : graphiql || !production,
    corsOrigins: corsOrigins(env.ARGMAP_CORS_ORIGINS),
    persistedOnly: env.ARGMAP_PERSISTED_ONLY?.trim().toLowerCase() === 'true',
    queryTimeoutMs: intFrom(env, 'ARGMAP_QUERY_TIMEOUT_MS', 15_000),
    maxBodyBytes: intFrom(env, 'ARGMAP_MAX_BODY_BYTES', 2 * 1024 * 1024),
  };
}
