import type { QueryResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { loadClaimLookingAhead } from '../../look-ahead.js';

/** The claim and the relations the query selects under it come in one round trip. */
export const claim: QueryResolvers['claim'] = (_parent, { id }, ctx, info) =>
  loadClaimLookingAhead(ctx.loaders, idOf('Claim', id, 'id'), info);
