import type { ProvisionResolvers } from '../../../generated/graphql.js';

export const Provision: ProvisionResolvers = {
  partOf: (p, _args, ctx) => (p.partOfId ? ctx.loaders.provision.load(p.partOfId) : null),
  parts: (p, _args, ctx) => ctx.loaders.partsByProvision.load(p.id),
  citedBy: (p, _args, ctx) => ctx.loaders.citationsByProvision.load(p.id),
};
