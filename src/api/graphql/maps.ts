import type { NodeLabel } from '../../domain/ids.js';
import { loadNode } from './node-loading.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Page, PageRequest } from '../../domain/index.js';
import { DEFAULT_MAP_ID, mapIdOf, mapSlugOf, type ArgumentMapRecord, type Visibility } from '../../domain/maps.js';
import { roleAtLeast, type MapRole, type Reader } from '../../domain/people.js';
import type { Repositories } from '../../repositories/index.js';
import { describeReader } from './auth.js';
import { forbidden } from './errors.js';
import { createLoaders, type Loaders } from './loaders.js';

/** One map's repositories and loaders for one request: every statement they run is scoped to the map. */
export interface MapAccess {
  readonly mapId: string;
  /** The reader's role in the map (null: none; for a user reading a public map, not read unless needed). */
  readonly role: MapRole | null;
  readonly repos: Repositories;
  readonly loaders: Loaders;
}

/**
 * The maps a request works in, and the one place that decides whether its reader may see a map
 * and act in it. A resolver reaches a map's data only through `open` (a top-level field's
 * `mapId`, or the map of a node a write names) or `of` (the map of a node already read through a
 * checked read): the repositories it gets are bound to that map, so it cannot read or write
 * another map's nodes, nor one it may not see. A private map the reader may not see does not
 * exist for them: NOT_FOUND, null, absent; never FORBIDDEN.
 */
export interface RequestMaps {
  readonly reader: Reader;
  /**
   * The map a `mapId` argument names (map:default when absent): NOT_FOUND when there is none or
   * the reader may not see it; inside a mutation, FORBIDDEN when the reader's role there is below
   * the one the mutation needs (see `requireRole`).
   */
  open(mapId: string | null | undefined, field?: string): Promise<MapAccess>;
  /** The map of a node the request has read through a checked read (its record names the map). */
  of(node: { readonly mapId: string }): MapAccess;
  /** Whether the reader may see a map (false when there is none); a read across maps keeps only what passes. */
  sees(mapId: string): Promise<boolean>;
  /** Whether the reader may still see a map, decided afresh (a subscription asks at every event). */
  stillSees(mapId: string): Promise<boolean>;
  /** The reader's role in a map they may see (null: none, or no such map). */
  roleIn(mapId: string): Promise<MapRole | null>;
  /** A map by id: null when there is none or the reader may not see it. */
  find(mapId: string): Promise<ArgumentMapRecord | null>;
  /** The maps the reader may see, a page at a time. */
  list(page: PageRequest): Promise<Page<ArgumentMapRecord>>;
  /** Said by the mutation guard before a mutation runs: every map it opens must give the reader `role`. */
  requireRole(role: MapRole, mutation: string): void;
  /** Whether a map was opened with the role the mutation needs (the guard checks a mutation did). */
  readonly roleChecked: boolean;
  /** Forgets what the process knows of a map (after deleting it, or changing its visibility). */
  forget(mapId: string): void;
}

/**
 * Which maps exist and their visibility, as last read, kept briefly by the process, so a request
 * on a known public map costs no round trip to check it. Never who is a member: a removed member
 * loses access on their next request. A map made private by another replica is hidden there
 * within `keepMs`; by this one at once (`forget`).
 */
export class KnownMaps {
  private readonly seen = new Map<string, { visibility: Visibility; until: number }>();

  constructor(private readonly keepMs = 10_000) {}

  visibility(mapId: string, now = Date.now()): Visibility | undefined {
    const entry = this.seen.get(mapId);
    if (entry === undefined) return undefined;
    if (entry.until > now) return entry.visibility;
    this.seen.delete(mapId);
    return undefined;
  }

  remember(mapId: string, visibility: Visibility, now = Date.now()): void {
    this.seen.set(mapId, { visibility, until: now + this.keepMs });
  }

  forget(mapId: string): void {
    this.seen.delete(mapId);
  }
}

/** What the reader may do in one map: see it, with which role. */
interface Decision {
  visible: boolean;
  role: MapRole | null;
  /** Whether `role` was read (a user's role in a public map is read only when asked for). */
  roleRead: boolean;
}

export interface RequestMapsDeps {
  reader: Reader;
  /** The repositories of one map, for this reader and their role there. */
  bind: (mapId: string, role: MapRole | null) => Repositories;
  directory: Repositories['maps'];
  known: KnownMaps;
}

/** The request's maps: access decided once per map and request, repositories bound per map, made on first use. */
export function requestMaps({ reader, bind, directory, known }: RequestMapsDeps): RequestMaps {
  const opened = new Map<string, MapAccess>();
  const decisions = new Map<string, Promise<Decision | null>>();
  let required: { role: MapRole; mutation: string } | null = null;
  let roleChecked = false;

  /** A key's role in a map: its own, in every map or in the one it is scoped to; undefined for anyone else. */
  const keyRole = (mapId: string): MapRole | null | undefined =>
    reader.kind === 'KEY' ? (reader.mapId === null || reader.mapId === mapId ? reader.role : null) : undefined;

  async function lookup(mapId: string, withRole: boolean): Promise<Decision | null> {
    const key = keyRole(mapId);
    const userId = reader.kind === 'USER' ? reader.userId : null;
    let visibility = known.visibility(mapId);
    // An unscoped key sees every map: only whether it exists matters (the default map always does).
    if (reader.kind === 'KEY' && reader.mapId === null && (visibility !== undefined || mapId === DEFAULT_MAP_ID)) {
      return { visible: true, role: key ?? null, roleRead: true };
    }
    let role: MapRole | null = key ?? null;
    let roleRead = key !== undefined;
    if (visibility === undefined || (userId !== null && (withRole || visibility !== 'PUBLIC'))) {
      const [row] = await directory.findMapAccess({ ids: [mapId], userId });
      // The default map is made on its first write: before, it is public and empty.
      if (!row && mapId !== DEFAULT_MAP_ID) return null;
      visibility = row?.visibility ?? 'PUBLIC';
      known.remember(mapId, visibility);
      if (userId !== null) {
        role = row?.role ?? null;
        roleRead = true;
      }
    }
    return { visible: visibility === 'PUBLIC' || role !== null, role, roleRead };
  }

  /** Decided once per map and request (twice at most: without, then with the user's role). */
  async function decide(mapId: string, withRole: boolean): Promise<Decision | null> {
    const earlier = decisions.get(mapId);
    if (earlier) {
      const decision = await earlier;
      if (decision === null || decision.roleRead || !withRole) return decision;
    }
    const fresh = lookup(mapId, withRole);
    decisions.set(mapId, fresh);
    return fresh;
  }

  const access = (mapId: string, role: MapRole | null): MapAccess => {
    let found = opened.get(mapId);
    if (!found || found.role !== role) {
      const repos = bind(mapId, role);
      found = { mapId, role, repos, loaders: createLoaders(repos) };
      opened.set(mapId, found);
    }
    return found;
  };

  return {
    reader,
    async open(value, field = 'mapId') {
      const mapId = mapIdOf(value, field);
      const decision = await decide(mapId, required !== null);
      if (!decision?.visible) throw new NotFoundError('Map', mapId).at(field);
      if (required) {
        if (!roleAtLeast(decision.role, required.role)) {
          throw forbidden(
            `${required.mutation} needs the ${required.role} role in ${mapId}; ${describeReader(reader)} has ${decision.role ?? 'no role there'}`,
          );
        }
        roleChecked = true;
      }
      return access(mapId, decision.role);
    },
    of(node) {
      const found = opened.get(node.mapId);
      if (found) return found;
      // A read across maps (see context.ts) passed the map through `sees`, which opens it.
      throw new Error(`${node.mapId} was reached without the access check`);
    },
    async sees(mapId) {
      const decision = await decide(mapId, false);
      if (!decision?.visible) return false;
      if (!opened.has(mapId)) access(mapId, decision.role);
      return true;
    },
    stillSees(mapId) {
      decisions.delete(mapId);
      return this.sees(mapId);
    },
    async roleIn(mapId) {
      const decision = await decide(mapId, true);
      return decision?.visible ? decision.role : null;
    },
    async find(mapId) {
      if (mapSlugOf(mapId) === null || !(await this.sees(mapId))) return null;
      const [found] = await directory.findMapsByIds({ ids: [mapId] });
      return found ?? null;
    },
    list: (page) => directory.listMaps({ page, reader }),
    requireRole(role, mutation) {
      required = { role, mutation };
    },
    get roleChecked() {
      return roleChecked;
    },
    forget(mapId) {
      known.forget(mapId);
      decisions.delete(mapId);
    },
  };
}

/**
 * The map of the node an update or delete names (ids are unique across maps, so the node says
 * which map the write goes to), opened with the mutation's role: NOT_FOUND when there is no such
 * node or the reader may not see it.
 */
export async function mapOfNode(
  ctx: { maps: RequestMaps; loaders: Loaders },
  label: NodeLabel,
  id: string,
  field = 'id',
): Promise<MapAccess> {
  const found = await loadNode(ctx.loaders, label, id);
  if (!found) throw new NotFoundError(label, id).at(field);
  return ctx.maps.open(found.mapId, field);
}
