import type { AssertionResolvers } from '../../../generated/graphql.js';
import { required } from '../node-loading.js';

export const Assertion: AssertionResolvers = {
  actor: (a, _args, ctx) => a.actor ?? required(ctx.loaders.actor.load(a.actorId), `actor ${a.actorId} of ${a.id}`),
  source: (a, _args, ctx) => a.source ?? (a.sourceId ? ctx.loaders.source.load(a.sourceId) : null),
  claim: (a, _args, ctx) => (a.claimId ? ctx.loaders.claim.load(a.claimId) : null),
  argument: (a, _args, ctx) => (a.argumentId ? ctx.loaders.argument.load(a.argumentId) : null),
};
