import type { SourceResolvers } from '../../../generated/graphql.js';
import { pageRequest, toConnection } from '../connection.js';

export const Source: SourceResolvers = {
  assertions: (source, _args, ctx) => ctx.loaders.assertionsBySource.load(source.id),
  assertionsConnection: async (source, args, ctx) =>
    toConnection(await ctx.loaders.assertionPagesBySource.load({ id: source.id, page: pageRequest(args) })),
};
