import { z } from 'zod';
import { ARGUMENT_KINDS, ATTACK_KINDS, CITATION_ATTRIBUTIONS, CITATION_ROLES, CLAIM_KINDS, STANCES } from '../../domain/index.js';
import { actorShape, issueShape, provisionShape, sourceShape } from '../shapes.js';
import { param, statement } from '../statement.js';

/**
 * The items of an argmap graph document, as the export statements read them (null: absent); nodes in their record shape.
 * Each reads those of `ids` (all when null) in the order of their key, in pages: at most `first` after the key `after`.
 */
const ids = { ids: param<readonly string[] | null>(), after: param<readonly [string, string]>(), first: param<number>() };
const item = <S extends z.ZodType>(shape: S) => z.object({ item: shape });
const text = z.string();
const optional = z.string().nullable();

export const findIssues = statement('export/find-issues', ids, item(issueShape));
export const findActors = statement('export/find-actors', ids, item(actorShape));
export const findAffiliations = statement(
  'export/find-affiliations',
  ids,
  item(z.object({ actorId: text, organizationId: text, role: optional })),
);
export const findSources = statement('export/find-sources', ids, item(sourceShape));
export const findProvisions = statement('export/find-provisions', ids, item(provisionShape));
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
      schemeId: optional,
      rationale: optional,
      reconstructed: z
        .boolean()
        .nullable()
        .transform((value) => value ?? undefined),
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
      illocution: optional,
      sequence: z.number().nullable(),
      previousIds: z
        .array(text)
        .nullable()
        .transform((ids) => ids ?? undefined),
    }),
  ),
);
export const findCitations = statement(
  'export/find-citations',
  ids,
  item(
    z.object({
      claimId: text,
      provisionId: text,
      role: z.enum(CITATION_ROLES),
      note: optional,
      attribution: z
        .enum(CITATION_ATTRIBUTIONS)
        .nullable()
        .transform((value) => value ?? 'SPEAKER'),
    }),
  ),
);
export const findPositions = statement(
  'export/find-positions',
  ids,
  item(z.object({ claimId: text, issueId: text, stance: z.enum(STANCES) })),
);
