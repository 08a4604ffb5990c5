import { z } from 'zod';
import { ACTOR_KINDS, ARGUMENT_KINDS, CLAIM_KINDS, SOURCE_KINDS } from '../../domain/index.js';
import { AUTHOR_KINDS } from '../../domain/people.js';
import type { ProposalRecord, ReviewStatus, TextFormat } from '../../domain/proposals.js';
import { actorShape, itemRow, pageRow } from '../shapes.js';
import { param, statement } from '../statement.js';
import { pageParams } from './page.js';

/** A JSON property, parsed and checked against its shape where it enters. */
const json = <T extends z.ZodType>(shape: T) =>
  z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(shape);

const status = z.enum(['PENDING', 'ACCEPTED', 'REJECTED']);
const nullableText = z.string().nullable();

const itemShape = z.object({
  id: z.string(),
  start: z.number(),
  end: z.number(),
  quote: z.string(),
  speaker: z.object({
    actorId: nullableText,
    name: z.string(),
    description: nullableText,
    kind: z.enum(ACTOR_KINDS),
    confidence: z.number(),
  }),
  claimText: z.string(),
  kind: z.enum(CLAIM_KINDS),
  matches: z.array(z.object({ claimId: z.string(), relation: z.enum(['SAME', 'SUPPORTS', 'ATTACKS']), score: z.number() })),
  status,
  assertionId: nullableText,
  claimId: nullableText,
  actorId: nullableText,
});

const linkShape = z.object({ premise: z.string(), conclusion: z.string(), kind: z.enum(ARGUMENT_KINDS), score: z.number() });

const sourceFieldsShape = z.object({
  id: nullableText,
  title: z.string(),
  kind: z.enum(SOURCE_KINDS),
  publisher: nullableText,
  author: nullableText,
  publishedAt: nullableText,
  url: nullableText,
});

export const proposalShape: z.ZodType<ProposalRecord> = z
  .object({
    id: z.string(),
    mapId: z.string(),
    createdAt: z.string(),
    authorKind: z.enum(AUTHOR_KINDS).nullable(),
    authorName: nullableText,
    authorUserId: nullableText,
    text: z.string(),
    format: z.enum(['PLAIN', 'HTML']),
    sourceId: nullableText,
    newSource: json(sourceFieldsShape.nullable()).nullable(),
    items: json(z.array(itemShape)),
    links: json(z.array(linkShape)),
    status,
    version: z.number(),
  })
  .transform(({ authorKind, authorName, authorUserId, newSource, ...row }) => ({
    __typename: 'Proposal' as const,
    ...row,
    newSource: newSource ?? null,
    author: authorKind && authorName ? { kind: authorKind, name: authorName, userId: authorUserId } : null,
  }));

/** What a proposal's row holds besides its id, map and time: the JSON properties as text. */
const stored = {
  items: param<string>(),
  status: param<ReviewStatus>(),
  sourceId: param<string | null>(),
  newSource: param<string | null>(),
};

export const createProposal = statement(
  'proposal/create-proposal',
  {
    id: param<string>(),
    authorKind: param<string | null>(),
    authorName: param<string | null>(),
    authorUserId: param<string | null>(),
    text: param<string>(),
    format: param<TextFormat>(),
    ...stored,
    links: param<string>(),
  },
  itemRow(proposalShape),
);
export const findProposalsByIds = statement('proposal/find-proposals-by-ids', { ids: param<readonly string[]>() }, itemRow(proposalShape));
export const listProposals = statement(
  'proposal/list-proposals',
  { status: param<ReviewStatus | null>(), ...pageParams },
  pageRow(proposalShape),
);
export const updateProposal = statement(
  'proposal/update-proposal',
  { id: param<string>(), version: param<number>(), ...stored },
  itemRow(proposalShape),
);
export const findMapActors = statement('proposal/find-map-actors', { limit: param<number>() }, itemRow(actorShape));
