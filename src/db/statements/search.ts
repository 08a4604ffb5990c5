import { z } from 'zod';
import { NODE_LABELS } from '../../domain/ids.js';
import { actorShape, assertionShape, claimShape, provisionShape } from '../shapes.js';
import { param, statement } from '../statement.js';

export const searchNodes = statement(
  'search/search-nodes',
  { query: param<string>(), limit: param<number>() },
  z.object({
    id: z.string(),
    label: z.enum(NODE_LABELS),
    score: z.number(),
    snippet: z.string().nullable(),
    item: z.union([claimShape, actorShape, provisionShape, assertionShape]).nullable(),
  }),
);
