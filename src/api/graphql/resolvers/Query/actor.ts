import type { QueryResolvers } from '../../../../generated/graphql.js';
import type { ActorRecord } from '../../../../domain/index.js';
import { idOf } from '../../../../domain/validation.js';
import { loadNodeOrSurvivor } from '../../node-loading.js';

/** The actor, or for an id merged away (mergeActors) the survivor. */
export const actor: QueryResolvers['actor'] = async (_parent, { id }, ctx) =>
  (await loadNodeOrSurvivor(ctx.loaders, 'Actor', idOf('Actor', id, 'id'))) as ActorRecord | null;
