import type { ArgumentResolvers } from '../../../generated/graphql.js';
import { validateScenario } from '../../../domain/validate/scenario.js';
import { inWords, statusOf } from './Evaluation.js';

export const Argument: ArgumentResolvers = {
  premises: (arg, _args, ctx) => ctx.loaders.premisesByArgument.load(arg.id),
  conclusion: (arg, _args, ctx) => (arg.conclusionId ? ctx.loaders.claim.load(arg.conclusionId) : null),
  targetArgument: (arg, _args, ctx) => (arg.targetArgumentId ? ctx.loaders.argument.load(arg.targetArgumentId) : null),
  undercutBy: (arg, _args, ctx) => ctx.loaders.undercutsByArgument.load(arg.id),
  assertions: (arg, _args, ctx) => ctx.loaders.assertionsByArgument.load(arg.id),
  status: async (arg, { semantics, scenario }, ctx) => {
    const snapshot = await ctx.maps.of(arg).repos.evaluation.snapshot();
    return statusOf(snapshot.evaluate(semantics ?? 'GROUNDED', validateScenario(scenario, 'scenario.')).statusOf(arg.id));
  },
  explanation: async (arg, { semantics, scenario }, ctx) => {
    const valid = validateScenario(scenario, 'scenario.');
    const snapshot = await ctx.maps.of(arg).repos.evaluation.snapshot();
    return inWords(snapshot, valid, (speakers) => snapshot.explain(arg.id, semantics ?? 'GROUNDED', valid, speakers), ctx);
  },
};
