import type { ClaimResolvers } from '../../../generated/graphql.js';

export const Claim: ClaimResolvers = {
  assertions: (claim, _args, ctx) => ctx.loaders.assertionsByClaim.load(claim.id),
  assertedBy: (claim, _args, ctx) => ctx.loaders.actorsByClaim.load(claim.id),
  citations: (claim, _args, ctx) => ctx.loaders.citationsByClaim.load(claim.id),
  supportedBy: async (claim, _args, ctx) => (await ctx.loaders.argumentsByConclusion.load(claim.id)).filter((a) => a.kind === 'SUPPORT'),
  attackedBy: async (claim, _args, ctx) => (await ctx.loaders.argumentsByConclusion.load(claim.id)).filter((a) => a.kind === 'ATTACK'),
  counterclaims: (claim, _args, ctx) => ctx.loaders.counterclaimsByClaim.load(claim.id),
  premiseOf: (claim, _args, ctx) => ctx.loaders.argumentsByPremise.load(claim.id),
  positions: (claim, _args, ctx) => ctx.loaders.positionsByClaim.load(claim.id),
};
