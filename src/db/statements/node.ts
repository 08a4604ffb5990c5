import { z } from 'zod';
import { NODE_LABELS } from '../../domain/ids.js';
import { mutation, param, statement } from '../statement.js';

export const findNodeLabelsByIds = statement(
  'node/find-node-labels-by-ids',
  { ids: param<readonly string[]>() },
  z.object({ id: z.string(), label: z.enum(NODE_LABELS) }),
);
export const deleteNodes = mutation('node/delete-nodes', { ids: param<readonly string[]>() }, z.object({ deleted: z.number() }));
