import { createHash } from 'node:crypto';

/**
 * People: who makes a request (a user from the frontend's identity provider, a machine with an
 * API key, or nobody), and the roles a map gives them.
 */

/** A map's roles, each including the ones before it: EDITOR writes; ADMIN also imports, reverts and manages members; OWNER also deletes the map. */
export const MAP_ROLES = ['VIEWER', 'EDITOR', 'ADMIN', 'OWNER'] as const;
export type MapRole = (typeof MAP_ROLES)[number];

/** Whether `held` includes what `needed` allows. */
export function roleAtLeast(held: MapRole | null, needed: MapRole): boolean {
  return held !== null && MAP_ROLES.indexOf(held) >= MAP_ROLES.indexOf(needed);
}

/** Who makes a request. A key's role holds in every map, or in its own map only (`mapId`). */
export type Reader =
  | { readonly kind: 'ANONYMOUS' }
  | { readonly kind: 'USER'; readonly userId: string; readonly name: string }
  | { readonly kind: 'KEY'; readonly keyName: string; readonly role: MapRole; readonly mapId: string | null };

export const ANONYMOUS: Reader = Object.freeze({ kind: 'ANONYMOUS' });

/** Who wrote a revision: a user, a key, or the service itself (seed, migrations, command line). */
export const AUTHOR_KINDS = ['USER', 'KEY', 'SYSTEM'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];
export interface Author {
  kind: AuthorKind;
  /** The user's or the key's name (`system` for the service). */
  name: string;
  userId: string | null;
}

/**
 * A user's id from their token's issuer and subject: `user:` and 32 hex digits of
 * sha256(`<iss>\n<sub>`). A frontend can compute it for its own users (README "People").
 */
export function userIdOf(issuer: string, subject: string): string {
  return `user:${createHash('sha256').update(`${issuer}\n${subject}`).digest('hex').slice(0, 32)}`;
}

const USER_ID = /^user:[0-9a-f]{32}$/;
export const isUserId = (id: string): boolean => USER_ID.test(id);

/** A user as recorded when first seen. */
export interface UserRecord {
  __typename: 'User';
  id: string;
  name: string;
}

/** One member of a map. */
export interface MapMembershipRecord {
  mapId: string;
  user: UserRecord;
  role: MapRole;
}

/** Who a write is recorded as when nobody is named: the service itself. */
export const SYSTEM_AUTHOR: Author = Object.freeze({ kind: 'SYSTEM', name: 'system', userId: null });

/** The author a reader writes as (null for nobody: an anonymous reader never writes). */
export function authorOf(reader: Reader): Author | null {
  switch (reader.kind) {
    case 'USER':
      return { kind: 'USER', name: reader.name, userId: reader.userId };
    case 'KEY':
      return { kind: 'KEY', name: reader.keyName, userId: null };
    case 'ANONYMOUS':
      return null;
  }
}
