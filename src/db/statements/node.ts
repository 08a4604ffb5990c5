import { z } from 'zod';
import { NODE_LABELS } from '../../domain/ids.js';
import { EVERY_NAMED_NODE, param, statement } from '../statement.js';

export const findNodeLabelsByIds = statement(
  'node/find-node-labels-by-ids',
  { ids: param<readonly string[]>() },
  z.object({ id: z.string(), label: z.enum(NODE_LABELS) }),
);
export const deleteNodes = statement(
  'node/delete-nodes',
  { ids: param<readonly string[]>() },
  z.object({ deleted: z.number() }),
  EVERY_NAMED_NODE,
);
