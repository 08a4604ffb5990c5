import type { QueryResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';

export const source: QueryResolvers['source'] = (_parent, { id }, ctx) => ctx.loaders.source.load(idOf('Source', id, 'id'));
