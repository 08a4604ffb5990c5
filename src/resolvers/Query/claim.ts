import type { QueryResolvers } from '../../generated/graphql.js';
import { idOf } from '../../validation.js';

export const claim: QueryResolvers['claim'] = (_parent, { id }, ctx) => ctx.loaders.claim.load(idOf('Claim', id, 'id'));
