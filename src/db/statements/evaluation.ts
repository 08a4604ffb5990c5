import { z } from 'zod';
import { ARGUMENT_KINDS, ATTACK_KINDS, STANCES } from '../../domain/index.js';
import { param, statement } from '../statement.js';

const revision = { epoch: z.string(), revision: z.number() };
const optional = z.string().nullable();

export const findRevision = statement('evaluation/find-revision', {}, z.object(revision));
// Items travel as tuples (see cypher/fragments/evaluation-*.cypher): the driver decodes a list
// of strings in about a third of the time the same map takes.
const claimTuple = z.tuple([z.string(), z.string()]);
const argumentTuple = z.tuple([
  z.string(),
  z.enum(ARGUMENT_KINDS),
  z.enum(ATTACK_KINDS).nullable(),
  z.array(z.string()),
  optional,
  optional,
]);
const assertionTuple = z.tuple([z.string(), z.string(), optional, optional, optional]);
const positionTuple = z.tuple([z.string(), z.string(), z.enum(STANCES)]);
const items = {
  claims: z.array(claimTuple),
  arguments: z.array(argumentTuple),
  assertions: z.array(assertionTuple),
  positions: z.array(positionTuple),
};
export type EvaluationItems = { [K in keyof typeof items]: z.output<(typeof items)[K]> };

export const findMap = statement(
  'evaluation/find-map',
  {},
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('revision'), item: z.tuple([z.string(), z.number()]) }),
    z.object({ kind: z.literal('claim'), item: claimTuple }),
    z.object({ kind: z.literal('argument'), item: argumentTuple }),
    z.object({ kind: z.literal('assertion'), item: assertionTuple }),
    z.object({ kind: z.literal('position'), item: positionTuple }),
  ]),
);
export const findMapChanges = statement(
  'evaluation/find-map-changes',
  { revision: param<number>(), limit: param<number>() },
  z.object({ ...revision, ...items, changed: z.array(z.string()), overflow: z.boolean(), issueChanged: z.boolean() }),
);
