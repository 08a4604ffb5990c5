import { z } from 'zod';
import { param, statement } from '../statement.js';
import { keyedRow } from '../shapes.js';

const ids = param<readonly string[]>();
const pair = { intoId: param<string>(), fromId: param<string>() };
/** A merge changes the survivor and deletes the merged node, which changes every node that pointed at it. */
const merging = { ids: ['intoId', 'fromId'], referrers: ['fromId'] } as const;

export const findMergeLoops = statement('merge/find-merge-loops', { ids }, z.object({ id: z.string() }));
export const mergeClaim = statement('merge/merge-claim', pair, z.object({ id: z.string() }), merging);
export const mergeActor = statement('merge/merge-actor', pair, z.object({ id: z.string() }), merging);
export const findSurvivorsByIds = statement('merge/find-survivors-by-ids', { ids }, z.object({ id: z.string(), intoId: z.string() }));
export const findMergedFromByIds = statement('merge/find-merged-from-by-ids', { ids }, keyedRow(z.string()));
export const forgetMergedIds = statement('merge/forget-merged-ids', { ids }, z.object({ forgotten: z.number() }));
export const recordMergedIds = statement('merge/record-merged-ids', { ids }, z.object({ recorded: z.number() }));
