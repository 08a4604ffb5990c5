import { z } from 'zod';
import {
  ACTOR_KINDS,
  ARGUMENT_KINDS,
  ATTACK_KINDS,
  CITATION_ROLES,
  CLAIM_KINDS,
  PROVISION_KINDS,
  SOURCE_KINDS,
  STANCES,
} from '../../domain/index.js';
import { param, statement } from '../statement.js';

/** The items of an argmap graph document, as the export statements read them (null: absent). */
const ids = { ids: param<readonly string[] | null>() };
const item = <S extends z.ZodType>(shape: S) => z.object({ item: shape });
const text = z.string();
const optional = z.string().nullable();

export const findIssues = statement('export/find-issues', ids, item(z.object({ id: text, question: text })));
export const findActors = statement(
  'export/find-actors',
  ids,
  item(z.object({ id: text, name: text, kind: z.enum(ACTOR_KINDS), description: optional })),
);
export const findAffiliations = statement(
  'export/find-affiliations',
  ids,
  item(z.object({ actorId: text, organizationId: text, role: optional })),
);
export const findSources = statement(
  'export/find-sources',
  ids,
  item(
    z.object({
      id: text,
      title: text,
      kind: z.enum(SOURCE_KINDS),
      publisher: optional,
      author: optional,
      publishedAt: optional,
      url: optional,
    }),
  ),
);
export const findProvisions = statement(
  'export/find-provisions',
  ids,
  item(z.object({ id: text, name: text, kind: z.enum(PROVISION_KINDS), citation: optional, summary: optional, partOfId: optional })),
);
export const findClaims = statement('export/find-claims', ids, item(z.object({ id: text, text, kind: z.enum(CLAIM_KINDS) })));
export const findArguments = statement(
  'export/find-arguments',
  ids,
  item(
    z.object({
      id: text,
      kind: z.enum(ARGUMENT_KINDS),
      attackKind: z.enum(ATTACK_KINDS).nullable(),
      scheme: optional,
      rationale: optional,
      premiseIds: z.array(text),
      conclusionId: optional,
      targetArgumentId: optional,
    }),
  ),
);
export const findAssertions = statement(
  'export/find-assertions',
  ids,
  item(
    z.object({
      id: text,
      actorId: text,
      claimId: optional,
      argumentId: optional,
      sourceId: optional,
      quote: optional,
      date: optional,
    }),
  ),
);
export const findCitations = statement(
  'export/find-citations',
  ids,
  item(z.object({ claimId: text, provisionId: text, role: z.enum(CITATION_ROLES), note: optional })),
);
export const findPositions = statement(
  'export/find-positions',
  ids,
  item(z.object({ claimId: text, issueId: text, stance: z.enum(STANCES) })),
);
