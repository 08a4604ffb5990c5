import type { Executor } from '../db/executor.js';
import * as map from '../db/statements/map.js';
import { ConflictError, invalid, NotFoundError } from '../domain/errors.js';
import { slugify } from '../domain/ids.js';
import type { Page, PageRequest } from '../domain/index.js';
import { DEFAULT_MAP_ID, MAP_SLUG_MAX, mapSlugOf, type ArgumentMapRecord, type Visibility } from '../domain/maps.js';
import type { MapMembershipRecord, MapRole, Reader } from '../domain/people.js';
import { readByIds, readPage } from './rows.js';

export interface NewMap {
  name: string;
  description: string | null;
  visibility: Visibility;
  /** The slug asked for; made from the name when null. */
  slug: string | null;
  /** The user who creates it, and owns it (null: a key, which owns nothing). */
  ownerId: string | null;
}

/** A map's visibility and a user's role in it, as the access check reads them. */
export interface MapAccessRow {
  id: string;
  visibility: Visibility;
  role: MapRole | null;
}

/** How many `-2`, `-3`, ... a map made from its name tries before giving up. */
const SLUG_ATTEMPTS = 50;

/** The maps themselves: their list, creation, names and deletion (what they hold is the other repositories'). */
export class MapRepository {
  constructor(
    private readonly db: Executor,
    /** Told of every map deleted (the process forgets what it kept of it). */
    private readonly onDeleted: (mapId: string) => void = () => undefined,
  ) {}

  findMapsByIds = ({ ids }: { ids: readonly string[] }) => readByIds(this.db, map.findMapsByIds, ids);

  /** The maps `reader` may see (see cypher/fragments/visible-map.cypher). */
  listMaps({ page, reader }: { page: PageRequest; reader: Reader }): Promise<Page<ArgumentMapRecord>> {
    return readPage(
      this.db,
      map.listMaps,
      {
        userId: reader.kind === 'USER' ? reader.userId : null,
        keyMapId: reader.kind === 'KEY' ? reader.mapId : null,
        seesAll: reader.kind === 'KEY' && reader.mapId === null,
      },
      page,
    );
  }

  /** Each map's visibility and the user's role there, for the maps that exist. */
  findMapAccess({ ids, userId }: { ids: readonly string[]; userId: string | null }): Promise<MapAccessRow[]> {
    return this.db.read(map.findMapAccess, { ids, userId });
  }

  async listMembers({ mapId }: { mapId: string }): Promise<MapMembershipRecord[]> {
    return (await this.db.read(map.listMembers, { id: mapId })).map((row) => ({ mapId, ...row }));
  }

  /** Gives a user a role in a map: NOT_FOUND for a user never seen; CONFLICT for the last owner's own demotion. */
  async setMembership({ mapId, userId, role }: { mapId: string; userId: string; role: MapRole }): Promise<MapMembershipRecord> {
    const [row] = await this.db.write(map.setMembership, { id: mapId, userId, role });
    if (!row) throw new NotFoundError('Map', mapId).at('mapId');
    if (!row.user) throw new NotFoundError('User', userId).at('userId');
    if (row.lastOwner)
      throw new ConflictError(`${userId} is the last owner of ${mapId}: make another member OWNER first`, { field: 'role' });
    return { mapId, user: row.user, role };
  }

  /** Takes a user's role away; false when they had none. CONFLICT for the last owner. */
  async removeMembership({ mapId, userId }: { mapId: string; userId: string }): Promise<boolean> {
    const [row] = await this.db.write(map.removeMembership, { id: mapId, userId });
    if (!row) throw new NotFoundError('Map', mapId).at('mapId');
    if (row.lastOwner)
      throw new ConflictError(`${userId} is the last owner of ${mapId}: make another member OWNER first`, { field: 'userId' });
    return row.member;
  }

  /** A new empty map; a given slug that is taken is CONFLICT, one made from the name takes the next free `-n`. */
  async createMap(input: NewMap): Promise<ArgumentMapRecord> {
    if (input.slug !== null) {
      if (mapSlugOf(`map:${input.slug}`) === null) {
        throw invalid('input.slug', `"${input.slug}" is not a slug: lowercase words joined by hyphens, at most ${MAP_SLUG_MAX} characters`);
      }
      return this.insert(`map:${input.slug}`, input);
    }
    const base = slugify(input.name, MAP_SLUG_MAX - 4);
    for (let n = 1; n <= SLUG_ATTEMPTS; n++) {
      try {
        return await this.insert(n === 1 ? `map:${base}` : `map:${base}-${n}`, input);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    throw new ConflictError(`The maps map:${base} to map:${base}-${SLUG_ATTEMPTS} all exist: give a slug`, { field: 'input.slug' });
  }

  private async insert(id: string, input: NewMap): Promise<ArgumentMapRecord> {
    let rows;
    try {
      rows = await this.db.write(map.createMap, {
        id,
        name: input.name,
        description: input.description,
        visibility: input.visibility,
        ownerId: input.ownerId,
      });
    } catch (error) {
      if (error instanceof ConflictError) throw new ConflictError(`The map ${id} already exists`, { field: 'input.slug', id });
      throw error;
    }
    const [row] = rows;
    if (!row) throw new ConflictError(`The map ${id} is being deleted; try again when it is gone`, { field: 'input.slug', id });
    return row.item;
  }

  async updateMap(
    id: string,
    change: { name: string | null; description?: string | null; visibility: Visibility | null },
  ): Promise<ArgumentMapRecord | null> {
    const [row] = await this.db.write(map.updateMap, {
      id,
      name: change.name,
      setDescription: change.description !== undefined,
      description: change.description ?? null,
      visibility: change.visibility,
    });
    return row?.item ?? null;
  }

  /**
   * Deletes a map and everything in it; false when there was none. The default map cannot be
   * deleted. The map stops being one first (no write can add to it after), then its contents go
   * in batches; a deletion cut short is finished by `finishDeletions` at the next start-up.
   */
  async deleteMap(id: string): Promise<boolean> {
    if (id === DEFAULT_MAP_ID) throw invalid('id', 'map:default holds the seed debate and cannot be deleted');
    const [retired] = await this.db.write(map.retireMap, { id });
    if (!retired) return false;
    this.onDeleted(id);
    await this.erase(id);
    return true;
  }

  /** Finishes the deletions a stop cut short; returns the maps it finished. */
  async finishDeletions(): Promise<string[]> {
    const ids = (await this.db.read(map.findRetiredMaps, {})).map((row) => row.id);
    for (const id of ids) await this.erase(id);
    return ids;
  }

  private async erase(id: string): Promise<void> {
    await this.db.autoCommit(map.deleteMapContents, { id });
    await this.db.write(map.deleteMap, { id });
  }
}
