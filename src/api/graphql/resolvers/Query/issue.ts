import type { QueryResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';

export const issue: QueryResolvers['issue'] = (_parent, { id }, ctx) => ctx.loaders.issue.load(idOf('Issue', id, 'id'));
