import type { ActorResolvers } from '../../../generated/graphql.js';

export const Actor: ActorResolvers = {
  affiliations: (actor, _args, ctx) => ctx.loaders.affiliationsByActor.load(actor.id),
  members: (actor, _args, ctx) => ctx.loaders.membersByActor.load(actor.id),
  assertions: (actor, _args, ctx) => ctx.loaders.assertionsByActor.load(actor.id),
  claims: (actor, _args, ctx) => ctx.loaders.claimsByActor.load(actor.id),
};
