import DataLoader from 'dataloader';
import type { ClaimRelation, Page, PageRequest } from '../../domain/index.js';
import type { ClaimWithRelations, SimilarClaimRecord } from '../../repositories/claims.js';
import type { Repositories } from '../../repositories/index.js';
import type { ChangeRecord } from '../../repositories/revisions.js';

type Ids = { ids: readonly string[] };

/** Whether the reader may see a map (see RequestMaps.sees). */
export type Sees = (mapId: string) => Promise<boolean>;

/** Records of maps the reader may not see, as null: such a record does not exist for them. */
export async function visibleOnly<T>(records: (T | null)[], sees: Sees | null, mapOf: (record: T) => string): Promise<(T | null)[]> {
  if (!sees) return records;
  return Promise.all(records.map(async (record) => (record !== null && (await sees(mapOf(record))) ? record : null)));
}
const many = <T>(fetch: (args: Ids) => Promise<T[][]>) => new DataLoader<string, T[]>((ids) => fetch({ ids }));

/**
 * One loader per paged field: the pages of every item asked for with the same arguments share one
 * round trip (one per distinct set of arguments, not per item).
 */
const paged = <T>(fetch: (args: Ids & { page: PageRequest }) => Promise<Page<T>[]>) =>
  new DataLoader<PageKey, Page<T>, string>(
    async (keys) => {
      const byPage = new Map<string, { page: PageRequest; indexes: number[] }>();
      keys.forEach(({ page }, index) => {
        const group = byPage.get(JSON.stringify(page)) ?? { page, indexes: [] };
        group.indexes.push(index);
        byPage.set(JSON.stringify(page), group);
      });
      const pages = new Array<Page<T>>(keys.length);
      await Promise.all(
        [...byPage.values()].map(async ({ page, indexes }) => {
          const found = await fetch({ ids: indexes.map((i) => keys[i]!.id), page });
          indexes.forEach((keyIndex, i) => (pages[keyIndex] = found[i]!));
        }),
      );
      return pages;
    },
    { cacheKeyFn: (k) => `${JSON.stringify(k.page)}|${k.id}` },
  );

type PageKey = { id: string; page: PageRequest };
type ChangeKey = { revision: number; nodeId: string | null; limit: number };
const changeKey = (k: ChangeKey) => `${k.revision}|${k.nodeId}|${k.limit}`;
type ClaimKey = { id: string; include: ReadonlySet<ClaimRelation> };
type SimilarKey = { id: string; text: string; first: number };

/**
 * A request's loaders over one map's repositories, or over reads by id across maps: those pass
 * `sees`, and a node of a map the reader may not see loads as null (what is reached from a node
 * is in the node's own map, so the nodes by id are the only way in).
 */
export function createLoaders(repos: Repositories, sees: Sees | null = null) {
  const { claims, arguments: args, actors, assertions, sources, provisions, issues, revisions, merges } = repos;
  /** One loader per field: every field of every item in a request shares one database round trip. */
  const one = <T extends { mapId: string }>(fetch: (args: Ids) => Promise<(T | null)[]>) =>
    new DataLoader<string, T | null>(async (ids) => visibleOnly(await fetch({ ids }), sees, (r) => r.mapId));
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
    mergedFrom: many((a) => merges.findMergedFromByIds(a)),
    /** The survivor a merged id names (an id only: the survivor itself loads through its label's loader, which checks the map). */
    survivor: new DataLoader<string, string | null>((ids) => merges.findSurvivorsByIds({ ids })),

    revisionPagesByNode: paged((a) => revisions.listRevisionsByNodeIds(a)),
    nodeIdsOfRevision: new DataLoader<number, string[]>((ids) => revisions.findNodeIds({ ids })),
    changesOfRevision: new DataLoader<ChangeKey, ChangeRecord[], string>(
      async (keys) => {
        // Keys asking the same thing of different revisions share one round trip.
        const groups = new Map<string, ChangeKey[]>();
        for (const key of keys) groups.set(`${key.nodeId}|${key.limit}`, [...(groups.get(`${key.nodeId}|${key.limit}`) ?? []), key]);
        const found = new Map<string, ChangeRecord[]>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { nodeId, limit } = group[0]!;
            const lists = await revisions.findChanges({ revisions: group.map((k) => k.revision), nodeId, limit });
            group.forEach((key, i) => found.set(changeKey(key), lists[i]!));
          }),
        );
        return keys.map((key) => found.get(changeKey(key)) ?? []);
      },
      { cacheKeyFn: (key) => changeKey(key) },
    ),
    assertionPagesByClaim: paged((a) => assertions.listAssertionsByClaimIds(a)),
    assertionPagesByActor: paged((a) => assertions.listAssertionsByActorIds(a)),
    assertionPagesBySource: paged((a) => assertions.listAssertionsBySourceIds(a)),
    claimPagesByActor: paged((a) => claims.listClaimsByActorIds(a)),

    /** A claim with the relations its query selects (see look-ahead.ts); one batch reads the union of what its keys ask for. */
    claimWithRelations: new DataLoader<ClaimKey, ClaimWithRelations | null, string>(
      async (keys) => {
        const include = new Set(keys.flatMap((k) => [...k.include]));
        const found = await claims.findClaimsWithRelationsByIds({ ids: keys.map((k) => k.id), include });
        return visibleOnly(found, sees, (r) => r.claim.mapId);
      },
      { cacheKeyFn: (k) => `${[...k.include].sort().join(',')}|${k.id}` },
    ),

    /** The claims most alike each claim (Claim.similar): every claim of a request's list in one round trip. */
    similarByClaim: new DataLoader<SimilarKey, SimilarClaimRecord[], string>(
      async (keys) => {
        const first = Math.max(...keys.map((k) => k.first));
        const lists = await claims.findSimilar({ texts: keys.map((k) => k.text), first, excludeIds: keys.map((k) => k.id) });
        return lists.map((list, i) => list.slice(0, keys[i]!.first));
      },
      { cacheKeyFn: (k) => `${k.first}|${k.id}` },
    ),
  };

  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
