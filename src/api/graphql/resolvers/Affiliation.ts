import type { AffiliationResolvers, MembershipResolvers } from '../../../generated/graphql.js';
import { required } from '../node-loading.js';

export const Affiliation: AffiliationResolvers = {
  organization: (a, _args, ctx) => required(ctx.loaders.actor.load(a.organizationId), `actor ${a.organizationId}`),
};

export const Membership: MembershipResolvers = {
  person: (a, _args, ctx) => required(ctx.loaders.actor.load(a.personId), `actor ${a.personId}`),
};
