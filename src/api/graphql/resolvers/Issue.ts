import type { IssueResolvers, PositionResolvers } from '../../../generated/graphql.js';
import { required } from '../node-loading.js';
import { SEMANTICS } from '../../../domain/evaluation/index.js';
import { validateScenario } from '../../../domain/validate/scenario.js';

export const Issue: IssueResolvers = {
  positions: async (issue, { stance }, ctx) => {
    const positions = await ctx.loaders.positionsByIssue.load(issue.id);
    return stance ? positions.filter((p) => p.stance === stance) : positions;
  },
  verdict: async (issue, { semantics, scenario }, ctx) => {
    const snapshot = await ctx.maps.of(issue).repos.evaluation.snapshot();
    const valid = validateScenario(scenario, 'scenario.');
    return (semantics ?? SEMANTICS).map((s) => snapshot.verdict(issue.id, s, valid));
  },
};

export const Position: PositionResolvers = {
  issue: (p, _args, ctx) => required(ctx.loaders.issue.load(p.issueId), `issue ${p.issueId}`),
  claim: (p, _args, ctx) => required(ctx.loaders.claim.load(p.claimId), `claim ${p.claimId}`),
};
