import type { ActorResolvers } from '../../../generated/graphql.js';
import { pageRequest, toConnection } from '../connection.js';

export const Actor: ActorResolvers = {
  affiliations: (actor, _args, ctx) => ctx.loaders.affiliationsByActor.load(actor.id),
  members: (actor, _args, ctx) => ctx.loaders.membersByActor.load(actor.id),
  assertions: (actor, _args, ctx) => ctx.loaders.assertionsByActor.load(actor.id),
  claims: (actor, _args, ctx) => ctx.loaders.claimsByActor.load(actor.id),
  mergedFrom: (actor, _args, ctx) => ctx.loaders.mergedFrom.load(actor.id),
  assertionsConnection: async (actor, args, ctx) =>
    toConnection(await ctx.loaders.assertionPagesByActor.load({ id: actor.id, page: pageRequest(args) })),
  claimsConnection: async (actor, args, ctx) =>
    toConnection(await ctx.loaders.claimPagesByActor.load({ id: actor.id, page: pageRequest(args) })),
};
