import { createHash, timingSafeEqual } from 'node:crypto';
import { API_KEY_ROLES, type ApiKey, type ApiKeyRole } from '../../config.js';

export interface Viewer {
  /** The name of the key presented, when it matches one of ARGMAP_API_KEYS; recorded with every write. */
  keyName: string | null;
  /** What the key may do: `read` (identified reads only), `write` (edits), `admin` (edits, imports, reverts). */
  role: ApiKeyRole | null;
  /** A key was presented and its role allows writes. */
  canWrite: boolean;
  /** Why there is no key: none sent, a wrong one, or writes disabled. */
  refusal: 'NO_KEYS_CONFIGURED' | 'MISSING_KEY' | 'INVALID_KEY' | null;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether a key of role `held` may do what `needed` allows. */
export function roleAllows(held: ApiKeyRole, needed: ApiKeyRole): boolean {
  return API_KEY_ROLES.indexOf(held) >= API_KEY_ROLES.indexOf(needed);
}

/** Reads `Authorization: Bearer <key>` and checks it against every configured key in constant time. */
export function viewerFrom(authorization: string | null, apiKeys: readonly ApiKey[]): Viewer {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? null;
  const none = { keyName: null, role: null, canWrite: false } as const;
  if (apiKeys.length === 0) return { ...none, refusal: 'NO_KEYS_CONFIGURED' };
  if (!presented) return { ...none, refusal: 'MISSING_KEY' };
  const given = digest(presented);
  let found: ApiKey | null = null;
  for (const key of apiKeys) {
    // Every key is compared, matched or not, so the time taken says nothing about which one matched.
    if (timingSafeEqual(given, digest(key.key)) && !found) found = key;
  }
  if (!found) return { ...none, refusal: 'INVALID_KEY' };
  return { keyName: found.name, role: found.role, canWrite: roleAllows(found.role, 'write'), refusal: null };
}
