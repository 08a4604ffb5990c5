import { z } from 'zod';
import { CLAIM_RELATIONS, type CitationRole, type ClaimFilter, type ClaimKind, type ClaimRelation } from '../../domain/index.js';
import {
  argumentShape,
  assertionShape,
  actorShape,
  citationShape,
  claimShape,
  itemRow,
  keyedPageRow,
  keyedRow,
  pageRow,
  positionShape,
} from '../shapes.js';
import { mutation, param, statement } from '../statement.js';
import { pageParams } from './page.js';

const ids = param<readonly string[]>();
const filter = {
  textContains: param<ClaimFilter['textContains']>(),
  kind: param<ClaimFilter['kind']>(),
  assertedBy: param<ClaimFilter['assertedBy']>(),
  cites: param<ClaimFilter['cites']>(),
  inSource: param<ClaimFilter['inSource']>(),
  issue: param<ClaimFilter['issue']>(),
  stance: param<ClaimFilter['stance']>(),
};
export const findClaimsByIds = statement('claim/find-claims-by-ids', { ids }, itemRow(claimShape));
export const findClaimsByActorIds = statement('claim/find-claims-by-actor-ids', { ids }, keyedRow(claimShape));
export const findPremisesByArgumentIds = statement('claim/find-premises-by-argument-ids', { ids }, keyedRow(claimShape));
export const findCounterclaimsByClaimIds = statement('claim/find-counterclaims-by-claim-ids', { ids }, keyedRow(claimShape));
export const findCitationsByClaimIds = statement('claim/find-citations-by-claim-ids', { ids }, keyedRow(citationShape));

/** A relation that is read only when its flag is true: `null` in the row means "not asked for". */
const relation = <T>(shape: z.ZodType<T>) => z.array(shape).nullable();

/** What each relation of `CLAIM_RELATIONS` brings (the list itself is the domain's). */
const RELATION_SHAPES = {
  assertions: relation(assertionShape),
  assertedBy: relation(actorShape),
  citations: relation(citationShape),
  concludedBy: relation(argumentShape),
  counterclaims: relation(claimShape),
  premiseOf: relation(argumentShape),
  positions: relation(positionShape),
} satisfies Record<ClaimRelation, z.ZodType>;

/** One flag parameter per relation, named after it. */
function flagsFor<K extends string>(names: readonly K[]): Record<K, z.ZodType<boolean>> {
  const flags = {} as Record<K, z.ZodType<boolean>>;
  for (const name of names) flags[name] = param<boolean>();
  return flags;
}
const RELATION_FLAGS = flagsFor(CLAIM_RELATIONS);

export const findClaimsWithRelationsByIds = statement(
  'claim/find-claims-with-relations-by-ids',
  { ids, ...RELATION_FLAGS },
  z.object({ item: claimShape, ...RELATION_SHAPES }),
);

/** Candidates of the similarity score: per text (`key`), the claims the full-text index finds for its words. */
export const findSimilarClaims = statement(
  'claim/find-similar-claims',
  { queries: param<readonly { key: string; query: string }[]>(), limit: param<number>(), fetch: param<number>() },
  keyedRow(claimShape),
);
const mapRevision = { epoch: z.string(), revision: z.number() };
export const findMapRevision = statement(
  'claim/find-map-revision',
  {},
  z.object({ mapId: z.string(), ...mapRevision, claims: z.number() }),
);
export const findMapClaims = statement(
  'claim/find-map-claims',
  { limit: param<number>() },
  z.object({ ...mapRevision, items: z.array(claimShape) }),
);

export const listClaims = statement('claim/list-claims', { ...filter, ...pageParams }, pageRow(claimShape));
export const listClaimsByActorIds = statement('claim/list-claims-by-actor-ids', { ids, ...pageParams }, keyedPageRow(claimShape));
export const listClaimsCiting = statement('claim/list-claims-citing', { ...filter, ...pageParams }, pageRow(claimShape));

export const createClaim = mutation(
  'claim/create-claim',
  { id: param<string>(), text: param<string>(), kind: param<ClaimKind>(), searchText: param<string>() },
  itemRow(claimShape),
);
export const updateClaim = mutation(
  'claim/update-claim',
  { id: param<string>(), text: param<string | null>(), kind: param<ClaimKind | null>(), searchText: param<string | null>() },
  itemRow(claimShape),
);
export const findClaimDeletion = statement(
  'claim/find-claim-deletion',
  { id: param<string>() },
  z.object({ ids: z.array(z.string()), argumentsDeleted: z.number() }),
);
export const citeProvisions = mutation(
  'claim/cite-provisions',
  { citations: param<readonly { claimId: string; provisionId: string; role: CitationRole; note: string | null }[]>() },
  itemRow(citationShape),
);
export const updateCitation = mutation(
  'claim/update-citation',
  { claimId: param<string>(), provisionId: param<string>(), role: param<CitationRole>(), note: param<string | null>() },
  itemRow(citationShape),
);
export const removeCitation = mutation(
  'claim/remove-citation',
  { claimId: param<string>(), provisionId: param<string>() },
  itemRow(claimShape),
);
