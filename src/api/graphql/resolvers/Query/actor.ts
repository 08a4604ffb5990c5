import type { QueryResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';

export const actor: QueryResolvers['actor'] = (_parent, { id }, ctx) => ctx.loaders.actor.load(idOf('Actor', id, 'id'));
