import { createHash } from 'node:crypto';
import { invalid } from './errors.js';
import { ANONYMOUS, type MapRole, type Reader } from './people.js';

/**
 * Maps: every node belongs to one argument map, `map:<slug>`. A field or mutation called without
 * `mapId` works on the default map, which holds the seed debate.
 */
export const DEFAULT_MAP_ID = 'map:default';

export const MAP_SLUG_MAX = 60;
const MAP_ID = new RegExp(`^map:([a-z0-9]+(?:-[a-z0-9]+)*)$`);

/**
 * The map a request works in and on whose behalf, made once (in the request context, from
 * `mapId` and the token or key, after the access check) and carried to every statement, which
 * the executor gives `$mapId`. `role` is the reader's role in the map (null: none, a reader of a
 * public map). `mapId: null` is the scope of a lookup by id: ids are unique across maps, so such
 * a read finds a node in whichever map holds it (and says which, for the check); it never writes.
 */
export interface MapScope {
  readonly mapId: string | null;
  readonly reader: Reader;
  readonly role: MapRole | null;
}

/** The service's own work on the default map (start-up, command line, tools). */
export const DEFAULT_SCOPE: MapScope = Object.freeze({ mapId: DEFAULT_MAP_ID, reader: ANONYMOUS, role: null });
/** The scope of reads by id, across maps (see MapScope). */
export const anyMapScope = (reader: Reader): MapScope => Object.freeze({ mapId: null, reader, role: null });

/** The slug of a well-formed map id, or null. */
export function mapSlugOf(id: string): string | null {
  if (id.length > MAP_SLUG_MAX + 4) return null;
  return MAP_ID.exec(id)?.[1] ?? null;
}

/** A `mapId` argument: the default map when absent, BAD_USER_INPUT when not a map id. */
export function mapIdOf(value: string | null | undefined, field = 'mapId'): string {
  if (value === null || value === undefined) return DEFAULT_MAP_ID;
  const id = value.trim();
  if (mapSlugOf(id) === null) {
    throw invalid(field, `"${value}" is not a map id: \`map:\` and lowercase words joined by hyphens, at most ${MAP_SLUG_MAX} characters`);
  }
  return id;
}

/** A revision's id: `revision:<n>` in the default map (as before maps), `revision:<slug>:<n>` in any other. */
export function revisionIdOf(mapId: string, revision: number): string {
  return mapId === DEFAULT_MAP_ID ? `revision:${revision}` : `revision:${mapSlugOf(mapId) ?? mapId}:${revision}`;
}

const REVISION_ID = /^revision:(?:([a-z0-9]+(?:-[a-z0-9]+)*):)?(\d{1,15})$/;

/** The map and number of a revision id, or null when it is not one. */
export function parseRevisionId(id: string): { mapId: string; revision: number } | null {
  const found = REVISION_ID.exec(id.trim());
  if (!found) return null;
  return { mapId: found[1] ? `map:${found[1]}` : DEFAULT_MAP_ID, revision: Number(found[2]) };
}

/**
 * The map's key in the full-text index (`searchMap` beside `searchText`): digits only, so the
 * analyser keeps it one token, and a search asks the index for one map's hits only.
 */
export function mapSearchKey(mapId: string): string {
  return BigInt(`0x${createHash('sha256').update(mapId).digest('hex').slice(0, 15)}`).toString();
}

export const VISIBILITIES = ['PUBLIC', 'PRIVATE'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** A map as stored: its own fields and its sizes. */
export interface ArgumentMapRecord {
  __typename: 'ArgumentMap';
  id: string;
  name: string;
  description: string | null;
  visibility: Visibility;
  revision: number;
  createdAt: string;
  updatedAt: string;
  claimCount: number;
  argumentCount: number;
}
