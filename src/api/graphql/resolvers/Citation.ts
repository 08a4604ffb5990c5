import type { CitationResolvers } from '../../../generated/graphql.js';
import { required } from '../node-loading.js';

export const Citation: CitationResolvers = {
  claim: (c, _args, ctx) => required(ctx.loaders.claim.load(c.claimId), `claim ${c.claimId}`),
  provision: (c, _args, ctx) => c.provision ?? required(ctx.loaders.provision.load(c.provisionId), `provision ${c.provisionId}`),
};
