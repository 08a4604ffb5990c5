import DataLoader from 'dataloader';
import type { Repositories } from './repositories/index.js';

type Ids = { ids: readonly string[] };

/** One loader per field: every field of every item in a request shares one database round trip. */
const one = <T>(fetch: (args: Ids) => Promise<(T | null)[]>) => new DataLoader<string, T | null>((ids) => fetch({ ids }));
const many = <T>(fetch: (args: Ids) => Promise<T[][]>) => new DataLoader<string, T[]>((ids) => fetch({ ids }));

export function createLoaders(repos: Repositories) {
  const { claims, arguments: args, actors, assertions, sources, provisions, issues } = repos;
  return {
    claim: one((a) => claims.findClaimsByIds(a)),
    argument: one((a) => args.findArgumentsByIds(a)),
    actor: one((a) => actors.findActorsByIds(a)),
    source: one((a) => sources.findSourcesByIds(a)),
    provision: one((a) => provisions.findProvisionsByIds(a)),
    assertion: one((a) => assertions.findAssertionsByIds(a)),
    issue: one((a) => issues.findIssuesByIds(a)),

    assertionsByClaim: many((a) => assertions.findAssertionsByClaimIds(a)),
    assertionsByArgument: many((a) => assertions.findAssertionsByArgumentIds(a)),
    assertionsByActor: many((a) => assertions.findAssertionsByActorIds(a)),
    assertionsBySource: many((a) => assertions.findAssertionsBySourceIds(a)),
    actorsByClaim: many((a) => actors.findActorsByClaimIds(a)),
    claimsByActor: many((a) => claims.findClaimsByActorIds(a)),
    premisesByArgument: many((a) => claims.findPremisesByArgumentIds(a)),
    counterclaimsByClaim: many((a) => claims.findCounterclaimsByClaimIds(a)),
    citationsByClaim: many((a) => claims.findCitationsByClaimIds(a)),
    citationsByProvision: many((a) => provisions.findCitationsByProvisionIds(a)),
    argumentsByConclusion: many((a) => args.findArgumentsByConclusionIds(a)),
    argumentsByPremise: many((a) => args.findArgumentsByPremiseIds(a)),
    undercutsByArgument: many((a) => args.findUndercutsByArgumentIds(a)),
    positionsByClaim: many((a) => issues.findPositionsByClaimIds(a)),
    positionsByIssue: many((a) => issues.findPositionsByIssueIds(a)),
    affiliationsByActor: many((a) => actors.findAffiliationsByActorIds(a)),
    membersByActor: many((a) => actors.findMembersByActorIds(a)),
    partsByProvision: many((a) => provisions.findPartsByProvisionIds(a)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
