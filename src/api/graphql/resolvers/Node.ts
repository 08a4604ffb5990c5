import type { NodeResolvers } from '../../../generated/graphql.js';

export const Node: NodeResolvers = {
  __resolveType: (node) => node.__typename,
};
