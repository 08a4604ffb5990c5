import type { NodeLabel } from '../../domain/ids.js';
import { loadNode } from './node-loading.js';
import { NotFoundError } from '../../domain/errors.js';
import { DEFAULT_MAP_ID, mapIdOf } from '../../domain/maps.js';
import type { Repositories } from '../../repositories/index.js';
import { createLoaders, type Loaders } from './loaders.js';

/** One map's repositories and loaders for one request: every statement they run is scoped to the map. */
export interface MapAccess {
  readonly mapId: string;
  readonly repos: Repositories;
  readonly loaders: Loaders;
}

/**
 * The maps a request works in. A resolver reaches a map's data only through `open` (a top-level
 * field's `mapId`, checked to exist) or `of` (the map of a node already read): the repositories
 * it gets are bound to that map, so it cannot read or write another map's nodes.
 */
export interface RequestMaps {
  /** The map a `mapId` argument names (map:default when absent): NOT_FOUND when there is none. */
  open(mapId: string | null | undefined, field?: string): Promise<MapAccess>;
  /** The map of a node the request has read (its record names it). */
  of(node: { readonly mapId: string }): MapAccess;
  /** Forgets that a map exists (after deleting it). */
  forget(mapId: string): void;
}

/** Which maps exist, as last read, kept briefly by the process so a request on a known map costs no round trip to check it. */
export class KnownMaps {
  private readonly seen = new Map<string, number>();

  constructor(private readonly keepMs = 10_000) {}

  has(mapId: string, now = Date.now()): boolean {
    if (mapId === DEFAULT_MAP_ID) return true;
    const until = this.seen.get(mapId);
    if (until === undefined) return false;
    if (until > now) return true;
    this.seen.delete(mapId);
    return false;
  }

  remember(mapId: string, now = Date.now()): void {
    this.seen.set(mapId, now + this.keepMs);
  }

  forget(mapId: string): void {
    this.seen.delete(mapId);
  }
}

/** The request's maps: repositories bound per map, made on first use and kept for the request. */
export function requestMaps(bind: (mapId: string) => Repositories, directory: Repositories['maps'], known: KnownMaps): RequestMaps {
  const opened = new Map<string, MapAccess>();
  const access = (mapId: string): MapAccess => {
    let found = opened.get(mapId);
    if (!found) {
      const repos = bind(mapId);
      found = { mapId, repos, loaders: createLoaders(repos) };
      opened.set(mapId, found);
    }
    return found;
  };
  return {
    async open(value, field = 'mapId') {
      const mapId = mapIdOf(value, field);
      if (!known.has(mapId)) {
        const [found] = await directory.findMapsByIds({ ids: [mapId] });
        if (!found) throw new NotFoundError('Map', mapId).at(field);
        known.remember(mapId);
      }
      return access(mapId);
    },
    of: (node) => access(node.mapId),
    forget: (mapId) => known.forget(mapId),
  };
}

/**
 * The map of the node an update or delete names (ids are unique across maps, so the node says
 * which map the write goes to): NOT_FOUND when there is no such node.
 */
export async function mapOfNode(
  ctx: { maps: RequestMaps; loaders: Loaders },
  label: NodeLabel,
  id: string,
  field = 'id',
): Promise<MapAccess> {
  const found = await loadNode(ctx.loaders, label, id);
  if (!found) throw new NotFoundError(label, id).at(field);
  return ctx.maps.of(found);
}
