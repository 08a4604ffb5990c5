import { z } from 'zod';
import { noRow, param, statement } from '../statement.js';

export const ping = statement('db/ping', {}, z.object({ ok: z.number() }));
export const awaitIndexes = statement('db/await-indexes', { timeoutSeconds: param<number>() }, noRow);
export const countEverything = statement('db/count-everything', {}, z.object({ nodes: z.number(), relationships: z.number() }));
export const countOnlineIndexes = statement(
  'db/count-online-indexes',
  { names: param<readonly string[]>() },
  z.object({ online: z.number() }),
);
export const bumpRevision = statement('db/bump-revision', {}, z.object({ epoch: z.string(), revision: z.number() }));
export const returnRevision = statement('db/return-revision', { revision: param<number>() }, noRow);
export const deleteEverything = statement('db/delete-everything', {}, noRow);
export const findUnadopted = statement('db/find-unadopted', {}, z.object({ pending: z.boolean() }));
export const adoptNodes = statement('db/adopt-nodes', {}, noRow);
export const adoptMapState = statement('db/adopt-map-state', {}, noRow);
