import type { IssueResolvers, PositionResolvers } from '../../../generated/graphql.js';
import { required } from '../node-loading.js';

export const Issue: IssueResolvers = {
  positions: async (issue, { stance }, ctx) => {
    const positions = await ctx.loaders.positionsByIssue.load(issue.id);
    return stance ? positions.filter((p) => p.stance === stance) : positions;
  },
};

export const Position: PositionResolvers = {
  issue: (p, _args, ctx) => required(ctx.loaders.issue.load(p.issueId), `issue ${p.issueId}`),
  claim: (p, _args, ctx) => required(ctx.loaders.claim.load(p.claimId), `claim ${p.claimId}`),
};
