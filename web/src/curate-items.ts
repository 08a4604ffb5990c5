/**
 * What each panel's Edit and Delete act on: for every kind of item the explorer shows, its
 * fields as the edit form offers them, and the `update*` and `delete*` it sends (curate.ts runs
 * them). The choices of a select are the API's enums and the map's actors and sources.
 */
import { gql } from './api.js';
import type { Editable } from './curate.js';
import { revisionOf } from './curate.js';
import { mapLists } from './editing.js';
import type {
  ActorQuery,
  ArgumentQuery,
  ClaimQuery,
  IssuePanelQuery,
  ProvisionQuery,
  SourceQuery,
  UpdateActorInput,
  UpdateArgumentInput,
  UpdateAssertionInput,
  UpdateCitationInput,
  UpdateClaimInput,
  UpdateIssueInput,
  UpdateProvisionInput,
  UpdateSourceInput,
  Stance,
} from './generated/graphql.js';
import {
  DELETE_ACTOR,
  DELETE_ARGUMENT,
  DELETE_ASSERTION,
  DELETE_CLAIM,
  DELETE_ISSUE,
  DELETE_PROVISION,
  DELETE_SOURCE,
  REMOVE_CITATION,
  REMOVE_POSITION,
  SET_POSITION,
  UPDATE_ACTOR,
  UPDATE_ARGUMENT,
  UPDATE_ASSERTION,
  UPDATE_CITATION,
  UPDATE_CLAIM,
  UPDATE_ISSUE,
  UPDATE_PROVISION,
  UPDATE_SOURCE,
} from './operations-curation.js';
import { view } from './state.js';

const choices = (...values: string[]) => values.map((v) => ({ value: v, label: v.toLowerCase().replace(/_/g, ' ') }));
const CLAIM_KINDS = choices('FACTUAL', 'LEGAL', 'POLICY', 'VALUE', 'PREDICTION');
const ACTOR_KINDS = choices('PERSON', 'ORGANIZATION', 'GOVERNMENT', 'COURT', 'MEDIA');
const SOURCE_KINDS = choices('NEWS', 'OPINION', 'COURT_OPINION', 'STATEMENT', 'SOCIAL_POST', 'REPORT');
const PROVISION_KINDS = choices(
  'CONSTITUTION',
  'ARTICLE',
  'AMENDMENT',
  'CLAUSE',
  'DOCTRINE',
  'STATUTE',
  'TREATY',
  'REGULATION',
  'CASE',
  'PROGRAM',
);
const CITATION_ROLES = choices('PROHIBITS', 'PERMITS', 'REQUIRES', 'CONTEXT');
const STANCES = choices('PRO', 'CON', 'NEUTRAL');

type Claim = NonNullable<ClaimQuery['claim']>;

export function claimItem(claim: Claim): Editable {
  return {
    key: claim.id,
    what: 'the claim',
    nodeId: claim.id,
    revision: revisionOf(claim.history),
    fields: [
      { name: 'text', label: 'Text', kind: 'textarea', value: claim.text, required: true },
      { name: 'kind', label: 'Kind', kind: 'select', value: claim.kind, options: CLAIM_KINDS, required: true },
    ],
    update: (input, expectedRevision) => gql(UPDATE_CLAIM, { id: claim.id, input: input as UpdateClaimInput, expectedRevision }),
    remove: (_cascade, expectedRevision) => gql(DELETE_CLAIM, { id: claim.id, expectedRevision }),
    cascades: false,
  };
}

export function assertionItem(claim: Claim, assertion: Claim['assertions'][number]): Editable {
  return {
    key: assertion.id,
    what: `the assertion by ${assertion.actor.name}`,
    nodeId: assertion.id,
    revision: revisionOf(assertion.history),
    fields: [
      {
        name: 'actorId',
        label: 'Who said it',
        kind: 'select',
        value: assertion.actor.id,
        required: true,
        options: mapLists.actors.map((a) => ({ value: a.id, label: a.name })),
      },
      {
        name: 'sourceId',
        label: 'Source',
        kind: 'select',
        value: assertion.source?.id ?? null,
        options: mapLists.sources.map((s) => ({ value: s.id, label: s.title })),
      },
      { name: 'quote', label: 'Quote', kind: 'textarea', value: assertion.quote },
      { name: 'date', label: 'Date', kind: 'date', value: assertion.date },
    ],
    update: (input, expectedRevision) =>
      gql(UPDATE_ASSERTION, { id: assertion.id, input: input as UpdateAssertionInput, expectedRevision }),
    remove: (cascade, expectedRevision) => gql(DELETE_ASSERTION, { id: assertion.id, expectedRevision, cascade }),
    cascades: true,
  };
}

export function citationItem(claim: Claim, citation: Claim['citations'][number]): Editable {
  const ids = { claimId: claim.id, provisionId: citation.provision.id };
  return {
    key: `${claim.id} cites ${citation.provision.id}`,
    what: `the citation of ${citation.provision.name}`,
    nodeId: claim.id,
    revision: revisionOf(claim.history),
    fields: [
      { name: 'role', label: 'Role', kind: 'select', value: citation.role, options: CITATION_ROLES, required: true },
      { name: 'note', label: 'Note', kind: 'text', value: citation.note },
    ],
    update: (input, expectedRevision) => gql(UPDATE_CITATION, { ...ids, input: input as UpdateCitationInput, expectedRevision }),
    remove: (_cascade, expectedRevision) => gql(REMOVE_CITATION, { ...ids, expectedRevision }),
    cascades: false,
  };
}

/** A claim's position on an issue: its stance changed with setPosition, removed with removePosition. */
export function positionItem(
  claimId: string,
  claimRevision: number | null,
  issue: { id: string; question: string },
  stance: Stance,
): Editable {
  return {
    key: `${claimId} on ${issue.id}`,
    what: `the position on “${issue.question}”`,
    nodeId: claimId,
    revision: claimRevision,
    fields: [{ name: 'stance', label: 'Stance', kind: 'select', value: stance, options: STANCES, required: true }],
    update: (input) =>
      gql(SET_POSITION, { mapId: view.map, input: { claimId, issueId: issue.id, stance: (input.stance as Stance | undefined) ?? stance } }),
    remove: (_cascade, expectedRevision) => gql(REMOVE_POSITION, { claimId, issueId: issue.id, expectedRevision }),
    cascades: false,
  };
}

export function argumentItem(argument: NonNullable<ArgumentQuery['argument']>): Editable {
  return {
    key: argument.id,
    what: 'the argument',
    nodeId: argument.id,
    revision: revisionOf(argument.history),
    fields: [
      { name: 'kind', label: 'Kind', kind: 'select', value: argument.kind, options: choices('SUPPORT', 'ATTACK'), required: true },
      {
        name: 'attackKind',
        label: 'Attack kind',
        kind: 'select',
        value: argument.attackKind,
        options: choices('REBUT', 'UNDERMINE', 'UNDERCUT'),
      },
      {
        name: 'premiseIds',
        label: 'Premises',
        kind: 'ids',
        value: argument.premises.map((p) => p.id),
        hint: 'Claim ids, one a line, in order (a claim panel shows its id in the address as selected=…).',
      },
      ...(argument.targetArgument
        ? [
            {
              name: 'targetArgumentId',
              label: 'Argument undercut (id)',
              kind: 'text' as const,
              value: argument.targetArgument.id,
              required: true,
            },
          ]
        : [
            {
              name: 'conclusionId',
              label: 'Conclusion (claim id)',
              kind: 'text' as const,
              value: argument.conclusion?.id ?? null,
              required: true,
            },
          ]),
      { name: 'scheme', label: 'Scheme', kind: 'text', value: argument.scheme },
      { name: 'rationale', label: 'Rationale', kind: 'textarea', value: argument.rationale },
    ],
    update: (input, expectedRevision) => gql(UPDATE_ARGUMENT, { id: argument.id, input: input as UpdateArgumentInput, expectedRevision }),
    remove: (_cascade, expectedRevision) => gql(DELETE_ARGUMENT, { id: argument.id, expectedRevision }),
    cascades: false,
  };
}

export function actorItem(actor: NonNullable<ActorQuery['actor']>): Editable {
  return {
    key: actor.id,
    what: `the actor ${actor.name}`,
    nodeId: actor.id,
    revision: revisionOf(actor.history),
    fields: [
      { name: 'name', label: 'Name', kind: 'text', value: actor.name, required: true },
      { name: 'kind', label: 'Kind', kind: 'select', value: actor.kind, options: ACTOR_KINDS, required: true },
      { name: 'description', label: 'Description', kind: 'textarea', value: actor.description },
    ],
    update: (input, expectedRevision) => gql(UPDATE_ACTOR, { id: actor.id, input: input as UpdateActorInput, expectedRevision }),
    remove: (cascade, expectedRevision) => gql(DELETE_ACTOR, { id: actor.id, expectedRevision, cascade }),
    cascades: true,
  };
}

export function sourceItem(source: NonNullable<SourceQuery['source']>): Editable {
  return {
    key: source.id,
    what: `the source ${source.title}`,
    nodeId: source.id,
    revision: revisionOf(source.history),
    fields: [
      { name: 'title', label: 'Title', kind: 'text', value: source.title, required: true },
      { name: 'kind', label: 'Kind', kind: 'select', value: source.kind, options: SOURCE_KINDS, required: true },
      { name: 'publisher', label: 'Publisher', kind: 'text', value: source.publisher },
      { name: 'author', label: 'Author', kind: 'text', value: source.author },
      { name: 'publishedAt', label: 'Published', kind: 'date', value: source.publishedAt },
      { name: 'url', label: 'Address (URL)', kind: 'text', value: source.url },
    ],
    update: (input, expectedRevision) => gql(UPDATE_SOURCE, { id: source.id, input: input as UpdateSourceInput, expectedRevision }),
    remove: (cascade, expectedRevision) => gql(DELETE_SOURCE, { id: source.id, expectedRevision, cascade }),
    cascades: true,
  };
}

export function provisionItem(provision: NonNullable<ProvisionQuery['provision']>): Editable {
  return {
    key: provision.id,
    what: `the provision ${provision.name}`,
    nodeId: provision.id,
    revision: revisionOf(provision.history),
    fields: [
      { name: 'name', label: 'Name', kind: 'text', value: provision.name, required: true },
      { name: 'kind', label: 'Kind', kind: 'select', value: provision.kind, options: PROVISION_KINDS, required: true },
      { name: 'citation', label: 'Citation', kind: 'text', value: provision.citation },
      { name: 'summary', label: 'Text', kind: 'textarea', value: provision.summary },
      {
        name: 'partOfId',
        label: 'Part of',
        kind: 'select',
        value: provision.partOf?.id ?? null,
        options: mapLists.provisions.filter((p) => p.id !== provision.id).map((p) => ({ value: p.id, label: p.label })),
      },
    ],
    update: (input, expectedRevision) =>
      gql(UPDATE_PROVISION, { id: provision.id, input: input as UpdateProvisionInput, expectedRevision }),
    remove: (cascade, expectedRevision) => gql(DELETE_PROVISION, { id: provision.id, expectedRevision, cascade }),
    cascades: true,
  };
}

export function issueItem(issue: NonNullable<IssuePanelQuery['issue']>): Editable {
  return {
    key: issue.id,
    what: 'the issue',
    nodeId: issue.id,
    revision: revisionOf(issue.history),
    fields: [{ name: 'question', label: 'Question', kind: 'textarea', value: issue.question, required: true }],
    update: (input, expectedRevision) => gql(UPDATE_ISSUE, { id: issue.id, input: input as UpdateIssueInput, expectedRevision }),
    remove: (cascade, expectedRevision) => gql(DELETE_ISSUE, { id: issue.id, expectedRevision, cascade }),
    cascades: true,
  };
}
