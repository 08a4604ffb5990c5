import type { QueryResolvers } from '../../../generated/graphql.js';
import type { ClaimRelation } from '../../../domain/index.js';
import { idOf } from '../../../domain/validation.js';
import { selectedFields } from '../../look-ahead.js';

/** Claim fields answered by a relation that can be read together with the claim. */
const RELATION_OF_FIELD: Record<string, ClaimRelation> = {
  assertions: 'assertions',
  assertedBy: 'assertedBy',
  citations: 'citations',
  supportedBy: 'concludedBy',
  attackedBy: 'concludedBy',
  counterclaims: 'counterclaims',
  premiseOf: 'premiseOf',
  positions: 'positions',
};

/** Looks ahead: the claim and the relations the query selects come in one round trip. */
export const claim: QueryResolvers['claim'] = async (_parent, { id }, ctx, info) => {
  const claimId = idOf('Claim', id, 'id');
  const include = new Set<ClaimRelation>();
  for (const field of selectedFields(info)) {
    const relation = RELATION_OF_FIELD[field];
    if (relation) include.add(relation);
  }
  if (include.size === 0) return ctx.loaders.claim.load(claimId);
  return (await ctx.loaders.claimWithRelations.load({ id: claimId, include }))?.claim ?? null;
};
