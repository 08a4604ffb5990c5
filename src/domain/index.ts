/** Domain records as repositories return them: plain values, relationships as ids. */
import type { ValidActor } from './validate/actor.js';
import type { ValidProvision } from './validate/provision.js';
import type { ValidSource } from './validate/source.js';

export const CLAIM_KINDS = ['LEGAL', 'FACTUAL', 'POLICY', 'VALUE', 'PREDICTION'] as const;
export const ARGUMENT_KINDS = ['SUPPORT', 'ATTACK'] as const;
export const ATTACK_KINDS = ['REBUT', 'UNDERMINE', 'UNDERCUT'] as const;
export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'GOVERNMENT', 'COURT', 'MEDIA'] as const;
export const SOURCE_KINDS = ['NEWS', 'OPINION', 'COURT_OPINION', 'STATEMENT', 'SOCIAL_POST', 'REPORT'] as const;
export const PROVISION_KINDS = [
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
] as const;
export const CITATION_ROLES = ['PROHIBITS', 'PERMITS', 'REQUIRES', 'CONTEXT'] as const;
export const STANCES = ['PRO', 'CON', 'NEUTRAL'] as const;
/** Whose reading a citation is: the speaker's own, or the analyst's who mapped the text. */
export const CITATION_ATTRIBUTIONS = ['SPEAKER', 'ANALYST'] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type ArgumentKind = (typeof ARGUMENT_KINDS)[number];
export type AttackKind = (typeof ATTACK_KINDS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ProvisionKind = (typeof PROVISION_KINDS)[number];
export type CitationRole = (typeof CITATION_ROLES)[number];
export type Stance = (typeof STANCES)[number];
export type CitationAttribution = (typeof CITATION_ATTRIBUTIONS)[number];

export interface ClaimRecord {
  __typename: 'Claim';
  id: string;
  /** The map it belongs to. */
  mapId: string;
  text: string;
  kind: ClaimKind;
  createdAt: string | null;
  updatedAt: string | null;
  /** Set when the claim was read at a past revision: its status, strength and explanations evaluate the map of then. */
  asOfRevision?: number;
}

export interface ArgumentRecord {
  __typename: 'Argument';
  id: string;
  /** The map it belongs to. */
  mapId: string;
  kind: ArgumentKind;
  attackKind: AttackKind | null;
  scheme: string | null;
  rationale: string | null;
  /** The analyst's reconstruction rather than an inference a speaker states (its rationale names the passage). */
  reconstructed: boolean;
  conclusionId: string | null;
  targetArgumentId: string | null;
}

export type ActorRecord = { __typename: 'Actor'; id: string; mapId: string } & Omit<ValidActor, 'id'>;

export type SourceRecord = { __typename: 'Source'; id: string; mapId: string } & Omit<ValidSource, 'id'>;

export type ProvisionRecord = { __typename: 'Provision'; id: string; mapId: string } & Omit<ValidProvision, 'id'>;

export interface AssertionRecord {
  __typename: 'Assertion';
  id: string;
  /** The map it belongs to. */
  mapId: string;
  quote: string | null;
  date: string | null;
  actorId: string;
  sourceId: string | null;
  claimId: string | null;
  argumentId: string | null;
  /** Read with the assertion where the statement projects it, saving a round trip. */
  actor?: ActorRecord | null;
  source?: SourceRecord | null;
}

export interface IssueRecord {
  __typename: 'Issue';
  id: string;
  /** The map it belongs to. */
  mapId: string;
  question: string;
}

export type NodeRecord = ClaimRecord | ArgumentRecord | ActorRecord | SourceRecord | ProvisionRecord | AssertionRecord | IssueRecord;

export interface CitationRecord {
  claimId: string;
  provisionId: string;
  role: CitationRole;
  note: string | null;
  attribution: CitationAttribution;
  /** Read with the citation where the statement projects it. */
  provision?: ProvisionRecord | null;
}

export interface PositionRecord {
  claimId: string;
  issueId: string;
  stance: Stance;
}

export interface AffiliationRecord {
  personId: string;
  organizationId: string;
  role: string | null;
}

export interface SearchHitRecord {
  score: number;
  node: NodeRecord;
  snippet: string | null;
}

/** Which way a neighbourhood follows premises and conclusions. */
export type Direction = 'INCOMING' | 'OUTGOING' | 'BOTH';

export interface GraphNodeRecord {
  id: string;
  type: string;
  label: string;
  kind: string | null;
  attackKind: string | null;
  distance: number;
}

export interface GraphEdgeRecord {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string | null;
}

export interface ArgumentGraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  /** Whether more nodes lay within reach than the limit let through. */
  truncated: boolean;
}

export interface ArgumentChainRecord {
  claimIds: string[];
  argumentIds: string[];
  /** The chain's claims and arguments (their own fields), in order; at a past revision, as they stood then. */
  claims: ClaimRecord[];
  arguments: ArgumentRecord[];
}

/** The ClaimWhere conditions of a claim list; null leaves a condition out. */
export interface ClaimFilter {
  textContains: string | null;
  kind: ClaimKind | null;
  assertedBy: string | null;
  cites: string | null;
  inSource: string | null;
  issue: string | null;
  stance: Stance | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * Which page of a list ordered by id to read (keyset paging): at most `size` items strictly
 * between the ids `after` and `before`, the first ones, or the last ones when `fromEnd`.
 */
export interface PageRequest {
  size: number;
  after: string | null;
  before: string | null;
  fromEnd: boolean;
}

export interface ImportResultRecord {
  items: number;
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** The relations of a claim that can be read together with it; `concludedBy` serves supportedBy and attackedBy. */
export const CLAIM_RELATIONS = ['assertions', 'assertedBy', 'citations', 'concludedBy', 'counterclaims', 'premiseOf', 'positions'] as const;
export type ClaimRelation = (typeof CLAIM_RELATIONS)[number];
