import type { ClaimResolvers } from '../../../generated/graphql.js';
import { validateScenario } from '../../../domain/validate/scenario.js';
import { inWords, snapshotFor, statusOf } from './Evaluation.js';
import { pageRequest, toConnection } from '../connection.js';
import { similarCount } from '../../../domain/validation.js';

export const Claim: ClaimResolvers = {
  assertions: (claim, _args, ctx) => ctx.loaders.assertionsByClaim.load(claim.id),
  assertionsConnection: async (claim, args, ctx) =>
    toConnection(await ctx.loaders.assertionPagesByClaim.load({ id: claim.id, page: pageRequest(args) })),
  assertedBy: (claim, _args, ctx) => ctx.loaders.actorsByClaim.load(claim.id),
  citations: (claim, _args, ctx) => ctx.loaders.citationsByClaim.load(claim.id),
  supportedBy: async (claim, _args, ctx) => (await ctx.loaders.argumentsByConclusion.load(claim.id)).filter((a) => a.kind === 'SUPPORT'),
  attackedBy: async (claim, _args, ctx) => (await ctx.loaders.argumentsByConclusion.load(claim.id)).filter((a) => a.kind === 'ATTACK'),
  counterclaims: (claim, _args, ctx) => ctx.loaders.counterclaimsByClaim.load(claim.id),
  premiseOf: (claim, _args, ctx) => ctx.loaders.argumentsByPremise.load(claim.id),
  positions: (claim, _args, ctx) => ctx.loaders.positionsByClaim.load(claim.id),
  mergedFrom: (claim, _args, ctx) => ctx.loaders.mergedFrom.load(claim.id),
  similar: (claim, { first }, ctx) =>
    ctx.maps.of(claim).loaders.similarByClaim.load({ id: claim.id, text: claim.text, first: similarCount(first) }),
  shortLabel: async (claim, _args, ctx) => (await snapshotFor(claim, ctx)).shortLabel(claim.id, claim.text),
  status: async (claim, { semantics, scenario }, ctx) => {
    const snapshot = await snapshotFor(claim, ctx);
    return statusOf(snapshot.evaluate(semantics ?? 'GROUNDED', validateScenario(scenario, 'scenario.')).statusOf(claim.id));
  },
  strength: async (claim, { scenario }, ctx) =>
    (await snapshotFor(claim, ctx)).gradual(validateScenario(scenario, 'scenario.')).strengthOf(claim.id),
  explanation: async (claim, { semantics, scenario }, ctx) => {
    const valid = validateScenario(scenario, 'scenario.');
    const snapshot = await snapshotFor(claim, ctx);
    return inWords(snapshot, valid, (speakers) => snapshot.explain(claim.id, semantics ?? 'GROUNDED', valid, speakers), ctx);
  },
  justification: async (claim, { semantics, scenario }, ctx) => {
    const valid = validateScenario(scenario, 'scenario.');
    const snapshot = await snapshotFor(claim, ctx);
    return inWords(snapshot, valid, (speakers) => snapshot.justify(claim.id, semantics ?? 'GROUNDED', valid, speakers), ctx);
  },
};
