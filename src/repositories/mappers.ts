import type { Row } from '../db/executor.js';
import type {
  ActorKind,
  ActorRecord,
  AffiliationRecord,
  ArgumentKind,
  ArgumentRecord,
  AssertionRecord,
  AttackKind,
  CitationRecord,
  CitationRole,
  ClaimKind,
  ClaimRecord,
  IssueRecord,
  PositionRecord,
  ProvisionKind,
  ProvisionRecord,
  SourceKind,
  SourceRecord,
  Stance,
} from '../domain/index.js';
import { str, strOrNull } from './rows.js';

/** One mapper per type: plain rows (already converted from driver values) to domain records. */

export const toClaim = (row: Row): ClaimRecord => ({
  __typename: 'Claim',
  id: str(row.id),
  text: str(row.text),
  kind: str(row.kind) as ClaimKind,
  createdAt: strOrNull(row.createdAt),
  updatedAt: strOrNull(row.updatedAt),
});

export const toArgument = (row: Row): ArgumentRecord => ({
  __typename: 'Argument',
  id: str(row.id),
  kind: str(row.kind) as ArgumentKind,
  attackKind: strOrNull(row.attackKind) as AttackKind | null,
  scheme: strOrNull(row.scheme),
  rationale: strOrNull(row.rationale),
  reconstructed: row.reconstructed === true,
  conclusionId: strOrNull(row.conclusionId),
  targetArgumentId: strOrNull(row.targetArgumentId),
});

export const toActor = (row: Row): ActorRecord => ({
  __typename: 'Actor',
  id: str(row.id),
  name: str(row.name),
  kind: str(row.kind) as ActorKind,
  description: strOrNull(row.description),
});

export const toSource = (row: Row): SourceRecord => ({
  __typename: 'Source',
  id: str(row.id),
  title: str(row.title),
  kind: str(row.kind) as SourceKind,
  publisher: strOrNull(row.publisher),
  author: strOrNull(row.author),
  publishedAt: strOrNull(row.publishedAt),
  url: strOrNull(row.url),
});

export const toProvision = (row: Row): ProvisionRecord => ({
  __typename: 'Provision',
  id: str(row.id),
  name: str(row.name),
  kind: str(row.kind) as ProvisionKind,
  citation: strOrNull(row.citation),
  summary: strOrNull(row.summary),
  partOfId: strOrNull(row.partOfId),
});

export const toAssertion = (row: Row): AssertionRecord => ({
  __typename: 'Assertion',
  id: str(row.id),
  quote: strOrNull(row.quote),
  date: strOrNull(row.date),
  actorId: str(row.actorId),
  sourceId: strOrNull(row.sourceId),
  claimId: strOrNull(row.claimId),
  argumentId: strOrNull(row.argumentId),
  ...(row.actor ? { actor: toActor(row.actor as Row) } : {}),
  ...(row.source ? { source: toSource(row.source as Row) } : {}),
});

export const toIssue = (row: Row): IssueRecord => ({
  __typename: 'Issue',
  id: str(row.id),
  question: str(row.question),
});

export const toCitation = (row: Row): CitationRecord => ({
  claimId: str(row.claimId),
  provisionId: str(row.provisionId),
  role: str(row.role) as CitationRole,
  note: strOrNull(row.note),
  attribution: row.attribution === 'ANALYST' ? 'ANALYST' : 'SPEAKER',
  ...(row.provision ? { provision: toProvision(row.provision as Row) } : {}),
});

export const toPosition = (row: Row): PositionRecord => ({
  claimId: str(row.claimId),
  issueId: str(row.issueId),
  stance: str(row.stance) as Stance,
});

export const toAffiliation = (row: Row): AffiliationRecord => ({
  personId: str(row.personId),
  organizationId: str(row.organizationId),
  role: strOrNull(row.role),
});
