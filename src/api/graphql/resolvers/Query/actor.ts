import type { QueryResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { loadOrSurvivor } from '../../node-loading.js';

/** The actor, or for an id merged away (mergeActors) the survivor. */
export const actor: QueryResolvers['actor'] = (_parent, { id }, ctx) =>
  loadOrSurvivor(ctx.loaders, 'Actor', idOf('Actor', id, 'id'), (key) => ctx.loaders.actor.load(key));
