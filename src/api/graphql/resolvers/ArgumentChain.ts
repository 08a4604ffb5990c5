import type { ArgumentChainResolvers } from '../../../generated/graphql.js';
import { required } from '../node-loading.js';

export const ArgumentChain: ArgumentChainResolvers = {
  claims: (chain, _args, ctx) =>
    chain.states?.claims ?? Promise.all(chain.claimIds.map((id) => required(ctx.loaders.claim.load(id), `claim ${id}`))),
  arguments: (chain, _args, ctx) =>
    chain.states?.arguments ?? Promise.all(chain.argumentIds.map((id) => required(ctx.loaders.argument.load(id), `argument ${id}`))),
  length: (chain) => chain.argumentIds.length,
};
