// The map a command works in: `--map ID` (map:default without it), `--map-per-file`, and making a map when told to.
import { ConflictError, InvalidInputError } from '../domain/errors.js';
import { slugify } from '../domain/ids.js';
import { DEFAULT_MAP_ID, MAP_SLUG_MAX, mapIdOf, mapSlugOf } from '../domain/maps.js';
import { mapNameOf } from '../interchange/files.js';
import type { Repositories } from '../repositories/index.js';
import { UsageError } from './usage-error.js';

/** `--map ID`: map:default when absent; a usage error when it is not a map id. */
export function mapOption(value: string | undefined): string {
  try {
    return mapIdOf(value, '--map');
  } catch (error) {
    if (error instanceof InvalidInputError) throw new UsageError(`--map: ${error.message}`);
    throw error;
  }
}

/** Whether the map exists; map:default always does (it is made on its first write). */
export async function mapExists(maps: Repositories['maps'], mapId: string): Promise<boolean> {
  if (mapId === DEFAULT_MAP_ID) return true;
  const [found] = await maps.findMapsByIds({ ids: [mapId] });
  return Boolean(found);
}

/** A map the command names that is not there (a typo, most often): said plainly, without the usage text. */
export class MissingMapError extends Error {}

/** A map a command reads must exist. */
export async function requireMap(maps: Repositories['maps'], mapId: string): Promise<void> {
  if (!(await mapExists(maps, mapId))) throw new MissingMapError(`${mapId} does not exist (the \`maps\` query lists the maps there are)`);
}

/** A map a command is told to write to must exist, unless `create` (--create-map) says to make it. */
export async function requireMapOrCreate(maps: Repositories['maps'], mapId: string, create: boolean): Promise<void> {
  if (create || (await mapExists(maps, mapId))) return;
  throw new MissingMapError(`${mapId} does not exist: add --create-map to make it (the \`maps\` query lists the maps there are)`);
}

/**
 * Makes the map when missing (PUBLIC, as createMap does unless told otherwise); one made meanwhile
 * by someone else will do. True when this call made it.
 */
export async function ensureMap(maps: Repositories['maps'], mapId: string, name: string, description: string | null): Promise<boolean> {
  if (await mapExists(maps, mapId)) return false;
  try {
    await maps.createMap({ name, description, visibility: 'PUBLIC', slug: mapSlugOf(mapId), ownerId: null });
    return true;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
}

/** The map a file gets of its own (--map-per-file): `map:<slug of its name>`. */
export const mapOfFile = (file: string): string => `map:${slugify(mapNameOf(file), MAP_SLUG_MAX)}`;
