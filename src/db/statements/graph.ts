import { z } from 'zod';
import type { Direction } from '../../domain/index.js';
import { argumentShape, claimShape } from '../shapes.js';
import { param, statement } from '../statement.js';

const nodeShape = z.object({
  id: z.string(),
  type: z.string(),
  label: z.string().nullable(),
  kind: z.string().nullable(),
});

export const findNeighbourhood = statement(
  'graph/find-neighbourhood',
  { rootId: param<string>(), depth: param<number>(), direction: param<Direction>(), limit: param<number>() },
  z.object({
    rootId: z.string(),
    nodes: z.array(nodeShape.extend({ attackKind: z.string().nullable(), distance: z.number() })),
    links: z.array(
      z.object({
        type: z.string(),
        source: z.string(),
        target: z.string(),
        label: z.string().nullable(),
        via: z.string().nullable().optional(),
        other: nodeShape.nullable().optional(),
      }),
    ),
  }),
);

export const findChains = statement(
  'graph/find-chains',
  { fromId: param<string>(), toId: param<string>(), maxLength: param<number>(), first: param<number>() },
  // The ids along the chain are those of its claims and arguments, in order.
  z.object({ claims: z.array(claimShape), arguments: z.array(argumentShape) }).transform((row) => ({
    ...row,
    claimIds: row.claims.map((c) => c.id),
    argumentIds: row.arguments.map((a) => a.id),
  })),
);
