import type { SourceResolvers } from '../../../generated/graphql.js';

export const Source: SourceResolvers = {
  assertions: (source, _args, ctx) => ctx.loaders.assertionsBySource.load(source.id),
};
