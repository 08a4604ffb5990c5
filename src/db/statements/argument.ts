import { z } from 'zod';
import type { ArgumentKind, AttackKind } from '../../domain/index.js';
import { argumentShape, itemRow, keyedRow } from '../shapes.js';
import { mutation, param, statement } from '../statement.js';

const ids = param<readonly string[]>();

export const findArgumentsByIds = statement('argument/find-arguments-by-ids', { ids }, itemRow(argumentShape));
export const findArgumentsByConclusionIds = statement('argument/find-arguments-by-conclusion-ids', { ids }, keyedRow(argumentShape));
export const findArgumentsByPremiseIds = statement('argument/find-arguments-by-premise-ids', { ids }, keyedRow(argumentShape));
export const findUndercutsByArgumentIds = statement('argument/find-undercuts-by-argument-ids', { ids }, keyedRow(argumentShape));
/** An argument's fields, premises and conclusion, as a create or an update writes them. */
const argumentFields = {
  id: param<string>(),
  kind: param<ArgumentKind>(),
  attackKind: param<AttackKind | null>(),
  scheme: param<string | null>(),
  rationale: param<string | null>(),
  premiseIds: param<readonly string[]>(),
  conclusionId: param<string | null>(),
  targetArgumentId: param<string | null>(),
};
export const createArgument = mutation('argument/create-argument', argumentFields, itemRow(argumentShape));
export const findArgumentDeletion = statement(
  'argument/find-argument-deletion',
  { id: param<string>() },
  z.object({ ids: z.array(z.string()), argumentsDeleted: z.number() }),
);
export const updateArgument = mutation('argument/update-argument', argumentFields, itemRow(argumentShape));
export const findUndercutCycles = statement('argument/find-undercut-cycles', { id: param<string>() }, z.object({ id: z.string() }));
