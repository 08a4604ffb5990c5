import { z } from 'zod';
import {
  ACTOR_KINDS,
  ARGUMENT_KINDS,
  ATTACK_KINDS,
  CITATION_ATTRIBUTIONS,
  CITATION_ROLES,
  CLAIM_KINDS,
  PROVISION_KINDS,
  SOURCE_KINDS,
  STANCES,
  type ActorRecord,
  type AffiliationRecord,
  type ArgumentRecord,
  type AssertionRecord,
  type CitationRecord,
  type ClaimRecord,
  type IssueRecord,
  type PositionRecord,
  type ProvisionRecord,
  type SourceRecord,
} from '../domain/index.js';

/**
 * The shapes rows arrive in (after Integer and temporal values are made plain), one per domain
 * record, each mapping to that record: the projections in cypher/fragments/ return these. A
 * missing field or an unknown enum value is an error here, not a string "undefined" later.
 */

const text = z.string();
const optionalText = z.string().nullable();

export const claimShape: z.ZodType<ClaimRecord> = z
  .object({ id: text, mapId: text, text, kind: z.enum(CLAIM_KINDS), createdAt: optionalText, updatedAt: optionalText })
  .transform((row) => ({ __typename: 'Claim' as const, ...row }));

export const argumentShape: z.ZodType<ArgumentRecord> = z
  .object({
    id: text,
    mapId: text,
    kind: z.enum(ARGUMENT_KINDS),
    attackKind: z.enum(ATTACK_KINDS).nullable(),
    scheme: optionalText,
    rationale: optionalText,
    reconstructed: z.boolean(),
    conclusionId: optionalText,
    targetArgumentId: optionalText,
  })
  .transform((row) => ({ __typename: 'Argument' as const, ...row }));

export const actorShape: z.ZodType<ActorRecord> = z
  .object({ id: text, mapId: text, name: text, kind: z.enum(ACTOR_KINDS), description: optionalText })
  .transform((row) => ({ __typename: 'Actor' as const, ...row }));

export const sourceShape: z.ZodType<SourceRecord> = z
  .object({
    id: text,
    mapId: text,
    title: text,
    kind: z.enum(SOURCE_KINDS),
    publisher: optionalText,
    author: optionalText,
    publishedAt: optionalText,
    url: optionalText,
  })
  .transform((row) => ({ __typename: 'Source' as const, ...row }));

export const provisionShape: z.ZodType<ProvisionRecord> = z
  .object({
    id: text,
    mapId: text,
    name: text,
    kind: z.enum(PROVISION_KINDS),
    citation: optionalText,
    summary: optionalText,
    partOfId: optionalText,
  })
  .transform((row) => ({ __typename: 'Provision' as const, ...row }));

export const issueShape: z.ZodType<IssueRecord> = z
  .object({ id: text, mapId: text, question: text })
  .transform((row) => ({ __typename: 'Issue' as const, ...row }));

/** An assertion as cypher/fragments/assertion.cypher projects it: its actor's and source's ids come from their projections. */
export const assertionShape: z.ZodType<AssertionRecord> = z
  .object({
    id: text,
    mapId: text,
    quote: optionalText,
    date: optionalText,
    claimId: optionalText,
    argumentId: optionalText,
    actor: actorShape,
    source: sourceShape.nullable(),
  })
  .transform((row) => ({ __typename: 'Assertion' as const, ...row, actorId: row.actor.id, sourceId: row.source?.id ?? null }));

export const citationShape: z.ZodType<CitationRecord> = z.object({
  claimId: text,
  provisionId: text,
  role: z.enum(CITATION_ROLES),
  note: optionalText,
  attribution: z.enum(CITATION_ATTRIBUTIONS),
  provision: provisionShape.nullable().optional(),
});

export const positionShape: z.ZodType<PositionRecord> = z.object({ claimId: text, issueId: text, stance: z.enum(STANCES) });

export const affiliationShape: z.ZodType<AffiliationRecord> = z.object({
  personId: text,
  organizationId: text,
  role: optionalText,
});

/**
 * What a find-*-deletion statement plans: every node the deletion takes (the node first), and what
 * depends on the node, by relation, each named by its first ids and counted.
 */
export const deletionRow = z.object({
  ids: z.array(text),
  dependants: z.array(z.object({ relation: text, count: z.number(), ids: z.array(text) })),
});

/** `item`: one record per row, for by-ids statements. */
export const itemRow = <T>(shape: z.ZodType<T>) => z.object({ item: shape });
/** `key, items`: the records that belong to each id asked for. */
export const keyedRow = <T>(shape: z.ZodType<T>) => z.object({ key: text, items: z.array(shape) });
/** `key, totalCount, hasBefore, hasAfter, items`: one page (see `pageRow`) of what belongs to each id. */
export const keyedPageRow = <T>(shape: z.ZodType<T>) =>
  z.object({ key: text, totalCount: z.number(), hasBefore: z.boolean(), hasAfter: z.boolean(), items: z.array(shape) });
/**
 * `totalCount, hasBefore, hasAfter, items`: one page of a list, asked for one more than the page
 * size; `hasBefore`/`hasAfter` say whether items exist up to `$after` / from `$before` on.
 */
export const pageRow = <T>(shape: z.ZodType<T>) =>
  z.object({ totalCount: z.number(), hasBefore: z.boolean(), hasAfter: z.boolean(), items: z.array(shape) });
