import { z } from 'zod';
import { ARGUMENT_KINDS, ATTACK_KINDS, STANCES } from '../../domain/index.js';
import { statement } from '../statement.js';

const revision = { epoch: z.string(), revision: z.number() };
const optional = z.string().nullable();

export const findRevision = statement('evaluation/find-revision', {}, z.object(revision));
export const findMap = statement(
  'evaluation/find-map',
  {},
  z.object({
    ...revision,
    claims: z.array(z.object({ id: z.string(), text: z.string() })),
    arguments: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(ARGUMENT_KINDS),
        attackKind: z.enum(ATTACK_KINDS).nullable(),
        premiseIds: z.array(z.string()),
        conclusionId: optional,
        targetArgumentId: optional,
      }),
    ),
    assertions: z.array(z.object({ id: z.string(), actorId: z.string(), sourceId: optional, claimId: optional, argumentId: optional })),
    positions: z.array(z.object({ claimId: z.string(), issueId: z.string(), stance: z.enum(STANCES) })),
  }),
);
