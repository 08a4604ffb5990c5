import type { ArgumentChainResolvers } from '../../../generated/graphql.js';

/** A chain's claims and arguments come with it from its statement (or the map at a past revision). */
export const ArgumentChain: ArgumentChainResolvers = {
  claims: (chain) => chain.claims,
  arguments: (chain) => chain.arguments,
  length: (chain) => chain.argumentIds.length,
};
