import type {
  AcceptProposedAssertionsResultResolvers,
  ClaimMatchResolvers,
  ProposalResolvers,
  ProposedAssertionResolvers,
  ProposedSpeakerResolvers,
} from '../../../generated/graphql.js';
import { required } from '../node-loading.js';

export const Proposal: ProposalResolvers = {
  /** The existing source as it now is, or the new one as given (until the first accept makes it). */
  async source(p, _args, ctx) {
    const stored = p.sourceId ? await ctx.loaders.source.load(p.sourceId) : null;
    if (stored) {
      const { title, kind, publisher, author, publishedAt, url } = stored;
      return { source: stored, title, kind, publisher, author, publishedAt, url };
    }
    return p.newSource ? { ...p.newSource, source: null } : null;
  },
  links(p) {
    const byId = new Map(p.items.map((item) => [item.id, item]));
    return p.links.flatMap((link) => {
      const premise = byId.get(link.premise);
      const conclusion = byId.get(link.conclusion);
      return premise && conclusion ? [{ premise, conclusion, kind: link.kind, score: link.score }] : [];
    });
  },
};

export const ProposedAssertion: ProposedAssertionResolvers = {
  /** Claims deleted since the text was read are left out. */
  async matches(item, _args, ctx) {
    const claims = await Promise.all(item.matches.map((m) => ctx.loaders.claim.load(m.claimId)));
    return item.matches.filter((_m, i) => claims[i] !== null);
  },
  assertion: (item, _args, ctx) => (item.assertionId ? ctx.loaders.assertion.load(item.assertionId) : null),
};

export const ProposedSpeaker: ProposedSpeakerResolvers = {
  actor: (speaker, _args, ctx) => (speaker.actorId ? ctx.loaders.actor.load(speaker.actorId) : null),
};

export const ClaimMatch: ClaimMatchResolvers = {
  claim: (match, _args, ctx) => required(ctx.loaders.claim.load(match.claimId), `claim ${match.claimId} of a match`),
};

export const AcceptProposedAssertionsResult: AcceptProposedAssertionsResultResolvers = {
  assertions: (result, _args, ctx) =>
    Promise.all(result.assertionIds.map((id) => required(ctx.loaders.assertion.load(id), `assertion ${id} just written`))),
};
