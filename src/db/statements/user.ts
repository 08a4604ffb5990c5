import { z } from 'zod';
import type { UserRecord } from '../../domain/people.js';
import { itemRow } from '../shapes.js';
import { param, statement } from '../statement.js';

export const userShape: z.ZodType<UserRecord> = z
  .object({ id: z.string(), name: z.string() })
  .transform((row) => ({ __typename: 'User' as const, ...row }));

export const recordUser = statement('user/record-user', { id: param<string>(), name: param<string>() }, z.object({ id: z.string() }));
export const findUsersByIds = statement('user/find-users-by-ids', { ids: param<readonly string[]>() }, itemRow(userShape));
