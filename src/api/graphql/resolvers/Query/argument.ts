import type { QueryResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';

export const argument: QueryResolvers['argument'] = (_parent, { id }, ctx) => ctx.loaders.argument.load(idOf('Argument', id, 'id'));
