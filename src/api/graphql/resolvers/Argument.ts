import type { ArgumentResolvers } from '../../../generated/graphql.js';

export const Argument: ArgumentResolvers = {
  premises: (arg, _args, ctx) => ctx.loaders.premisesByArgument.load(arg.id),
  conclusion: (arg, _args, ctx) => (arg.conclusionId ? ctx.loaders.claim.load(arg.conclusionId) : null),
  targetArgument: (arg, _args, ctx) => (arg.targetArgumentId ? ctx.loaders.argument.load(arg.targetArgumentId) : null),
  undercutBy: (arg, _args, ctx) => ctx.loaders.undercutsByArgument.load(arg.id),
  assertions: (arg, _args, ctx) => ctx.loaders.assertionsByArgument.load(arg.id),
};
