import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKey, ApiKeyRole } from '../../config.js';
import { ANONYMOUS, type MapRole, type Reader } from '../../domain/people.js';
import { unauthenticated } from './errors.js';
import { looksLikeJwt, TokenRefusal, type TokenVerifier } from './tokens.js';

/** What a key's role is in the maps it holds in: an admin key has always been able to delete maps. */
const KEY_ROLE: Record<ApiKeyRole, MapRole> = { read: 'VIEWER', write: 'EDITOR', admin: 'OWNER' };

/** Who made a request, and whether this server takes writes at all. */
export interface Identity {
  reader: Reader;
  /** false when neither API keys nor tokens are configured: every write is refused (FORBIDDEN). */
  writesOpen: boolean;
  /** Why the key presented is not taken (reads go on anonymously, as they always have; writes are refused with this). */
  refusal: string | null;
}

export interface Credentials {
  apiKeys: readonly ApiKey[];
  /** Users' tokens, when ARGMAP_JWT_SECRET or ARGMAP_JWT_JWKS_URL is set. */
  tokens: TokenVerifier | null;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The configured key a presented value is, compared with every key in constant time; null when none. */
export function keyOf(presented: string, apiKeys: readonly ApiKey[]): ApiKey | null {
  const given = digest(presented);
  let found: ApiKey | null = null;
  for (const key of apiKeys) {
    // Every key is compared, matched or not, so the time taken says nothing about which one matched.
    if (timingSafeEqual(given, digest(key.key)) && !found) found = key;
  }
  return found;
}

/** The bearer value of an `Authorization` header, or null. */
export const bearerOf = (authorization: string | null | undefined): string | null =>
  /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? null;

/**
 * Reads `Authorization: Bearer <key or token>`: a configured API key (a machine), a user's JWT, or
 * nothing (anonymous). A token that is presented and fails is refused with UNAUTHENTICATED saying
 * why, for reads too: a client whose token expired must learn it, not read as a stranger. A key
 * that is not valid reads anonymously, as keys always have, and is refused for writes.
 */
export async function identify(authorization: string | null | undefined, { apiKeys, tokens }: Credentials): Promise<Identity> {
  const writesOpen = apiKeys.length > 0 || tokens !== null;
  const presented = bearerOf(authorization);
  const anonymous = (refusal: string | null = null): Identity => ({ reader: ANONYMOUS, writesOpen, refusal });
  if (!presented || !writesOpen) return anonymous();
  const key = keyOf(presented, apiKeys);
  if (key) return { reader: { kind: 'KEY', keyName: key.name, role: KEY_ROLE[key.role], mapId: key.mapId }, writesOpen, refusal: null };
  if (!tokens)
    return anonymous('The API key is not valid (and this server accepts no tokens: no ARGMAP_JWT_SECRET or ARGMAP_JWT_JWKS_URL)');
  if (!looksLikeJwt(presented)) return anonymous('The API key is not valid');
  try {
    const user = await tokens.verify(presented);
    return { reader: { kind: 'USER', userId: user.userId, name: user.name }, writesOpen, refusal: null };
  } catch (error) {
    if (error instanceof TokenRefusal) throw unauthenticated(error.message);
    throw error;
  }
}

/** Who a reader is, for messages and rate limits (never a token or key). */
export function describeReader(reader: Reader): string {
  switch (reader.kind) {
    case 'USER':
      return `the user "${reader.name}"`;
    case 'KEY':
      return `the key "${reader.keyName}"`;
    case 'ANONYMOUS':
      return 'an anonymous reader';
  }
}
