import { z } from 'zod';
import { VISIBILITIES, type ArgumentMapRecord, type Visibility } from '../../domain/maps.js';
import { MAP_ROLES, type MapRole } from '../../domain/people.js';
import { itemRow, pageRow } from '../shapes.js';
import { noRow, param, statement } from '../statement.js';
import { pageParams } from './page.js';
import { userShape } from './user.js';

const mapShape: z.ZodType<ArgumentMapRecord> = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    visibility: z.enum(VISIBILITIES),
    revision: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    claimCount: z.number(),
    argumentCount: z.number(),
  })
  .transform((row) => ({ __typename: 'ArgumentMap' as const, ...row }));

const id = param<string>();

/** Who is reading (see cypher/fragments/visible-map.cypher). */
const readerParams = { userId: param<string | null>(), keyMapId: param<string | null>(), seesAll: param<boolean>() };

export const listMaps = statement('map/list-maps', { ...pageParams, ...readerParams }, pageRow(mapShape));
export const findMapsByIds = statement('map/find-maps-by-ids', { ids: param<readonly string[]>() }, itemRow(mapShape));
export const createMap = statement(
  'map/create-map',
  { id, name: param<string>(), description: param<string | null>(), visibility: param<Visibility>(), ownerId: param<string | null>() },
  itemRow(mapShape),
);
export const updateMap = statement(
  'map/update-map',
  {
    id,
    name: param<string | null>(),
    setDescription: param<boolean>(),
    description: param<string | null>(),
    visibility: param<Visibility | null>(),
  },
  itemRow(mapShape),
);
export const deleteMapContents = statement('map/delete-map-contents', { id }, noRow);
export const retireMap = statement('map/retire-map', { id }, z.object({ id: z.string() }));
export const findRetiredMaps = statement('map/find-retired-maps', {}, z.object({ id: z.string() }));
export const deleteMap = statement('map/delete-map', { id }, z.object({ id: z.string() }));

const role = z.enum(MAP_ROLES);
export const findMapAccess = statement(
  'map/find-map-access',
  { ids: param<readonly string[]>(), userId: param<string | null>() },
  z.object({ id: z.string(), visibility: z.enum(VISIBILITIES), role: role.nullable() }),
);
export const listMembers = statement('map/list-members', { id }, z.object({ user: userShape, role }));
export const setMembership = statement(
  'map/set-membership',
  { id, userId: param<string>(), role: param<MapRole>() },
  z.object({ user: userShape.nullable(), lastOwner: z.boolean() }),
);
export const removeMembership = statement(
  'map/remove-membership',
  { id, userId: param<string>() },
  z.object({ member: z.boolean(), lastOwner: z.boolean() }),
);
