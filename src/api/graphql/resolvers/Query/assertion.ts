import type { QueryResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';

export const assertion: QueryResolvers['assertion'] = (_parent, { id }, ctx) => ctx.loaders.assertion.load(idOf('Assertion', id, 'id'));
