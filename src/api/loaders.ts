import DataLoader from 'dataloader';
import type { ClaimRelation } from '../domain/index.js';
import type { ClaimWithRelations } from '../repositories/claims.js';
import type { Repositories } from '../repositories/index.js';

type Ids = { ids: readonly string[] };

/** One loader per field: every field of every item in a request shares one database round trip. */
const one = <T>(fetch: (args: Ids) => Promise<(T | null)[]>) => new DataLoader<string, T | null>((ids) => fetch({ ids }));
const many = <T>(fetch: (args: Ids) => Promise<T[][]>) => new DataLoader<string, T[]>((ids) => fetch({ ids }));

type ClaimKey = { id: string; include: ReadonlySet<ClaimRelation> };

export function createLoaders(repos: Repositories) {
  const { claims, arguments: args, actors, assertions, sources, provisions, issues } = repos;
  const loaders = {
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

    /**
     * A claim with the relations its query selects, read in one statement (one batch reads the
     * union of what its keys ask for); what it brings primes the per-field loaders, so the
     * field resolvers answer from memory.
     */
    claimWithRelations: new DataLoader<ClaimKey, ClaimWithRelations | null, string>(
      async (keys) => {
        const include = new Set(keys.flatMap((k) => [...k.include]));
        const found = await claims.findClaimsWithRelationsByIds({ ids: keys.map((k) => k.id), include });
        for (const item of found) if (item) prime(item);
        return found;
      },
      { cacheKeyFn: (k) => `${[...k.include].sort().join(',')}|${k.id}` },
    ),
  };

  function prime(found: ClaimWithRelations): void {
    const { id } = found.claim;
    loaders.claim.prime(id, found.claim);
    if (found.assertions) {
      loaders.assertionsByClaim.prime(id, found.assertions);
      for (const a of found.assertions) {
        loaders.assertion.prime(a.id, a);
        if (a.actor) loaders.actor.prime(a.actor.id, a.actor);
        if (a.source) loaders.source.prime(a.source.id, a.source);
      }
    }
    if (found.assertedBy) loaders.actorsByClaim.prime(id, found.assertedBy);
    if (found.citations) {
      loaders.citationsByClaim.prime(id, found.citations);
      for (const c of found.citations) if (c.provision) loaders.provision.prime(c.provision.id, c.provision);
    }
    if (found.concludedBy) {
      loaders.argumentsByConclusion.prime(id, found.concludedBy);
      for (const a of found.concludedBy) loaders.argument.prime(a.id, a);
    }
    if (found.counterclaims) {
      loaders.counterclaimsByClaim.prime(id, found.counterclaims);
      for (const c of found.counterclaims) loaders.claim.prime(c.id, c);
    }
    if (found.premiseOf) {
      loaders.argumentsByPremise.prime(id, found.premiseOf);
      for (const a of found.premiseOf) loaders.argument.prime(a.id, a);
    }
    if (found.positions) loaders.positionsByClaim.prime(id, found.positions);
  }

  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
