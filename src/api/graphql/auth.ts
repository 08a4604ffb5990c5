import { createHash, timingSafeEqual } from 'node:crypto';

export interface Viewer {
  /** A key was presented and matches one of ARGMAP_API_KEYS. */
  canWrite: boolean;
  /** Why not, when canWrite is false: no key sent, a wrong key, or writes disabled. */
  refusal: 'NO_KEYS_CONFIGURED' | 'MISSING_KEY' | 'INVALID_KEY' | null;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Reads `Authorization: Bearer <key>` and checks it against the configured keys in constant time. */
export function viewerFrom(authorization: string | null, apiKeys: readonly string[]): Viewer {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? null;
  if (apiKeys.length === 0) return { canWrite: false, refusal: 'NO_KEYS_CONFIGURED' };
  if (!presented) return { canWrite: false, refusal: 'MISSING_KEY' };
  const given = digest(presented);
  let match = false;
  for (const key of apiKeys) match = timingSafeEqual(given, digest(key)) || match;
  return match ? { canWrite: true, refusal: null } : { canWrite: false, refusal: 'INVALID_KEY' };
}
