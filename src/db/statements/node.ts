import { z } from 'zod';
import { NODE_LABELS } from '../../domain/ids.js';
import { mutation, param, statement } from '../statement.js';

export const findNodeLabelsByIds = statement(
  'node/find-node-labels-by-ids',
  { ids: param<readonly string[]>() },
  z.object({ id: z.string(), label: z.enum(NODE_LABELS) }),
);
/** Nodes of these ids that belong to another map than the scope's (`requested`). */
export const findNodeMapsByIds = statement(
  'node/find-node-maps-by-ids',
  { ids: param<readonly string[]>() },
  z.object({ id: z.string(), label: z.enum(NODE_LABELS), mapId: z.string(), requested: z.string() }),
);
/** The ids among these a new node may not take (a node of the map, or a merged id of any map). */
export const findTakenIds = statement('node/find-taken-ids', { ids: param<readonly string[]>() }, z.object({ id: z.string() }));
export const deleteNodes = mutation('node/delete-nodes', { ids: param<readonly string[]>() }, z.object({ deleted: z.number() }));
