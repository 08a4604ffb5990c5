/** Domain records as repositories return them: plain values, relationships as ids. */

export type ClaimKind = 'LEGAL' | 'FACTUAL' | 'POLICY' | 'VALUE' | 'PREDICTION';
export type ArgumentKind = 'SUPPORT' | 'ATTACK';
export type AttackKind = 'REBUT' | 'UNDERMINE' | 'UNDERCUT';
export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'GOVERNMENT' | 'COURT' | 'MEDIA';
export type SourceKind = 'NEWS' | 'OPINION' | 'COURT_OPINION' | 'STATEMENT' | 'SOCIAL_POST' | 'REPORT';
export type ProvisionKind =
  'CONSTITUTION' | 'ARTICLE' | 'AMENDMENT' | 'CLAUSE' | 'DOCTRINE' | 'STATUTE' | 'TREATY' | 'REGULATION' | 'CASE' | 'PROGRAM';
export type CitationRole = 'PROHIBITS' | 'PERMITS' | 'REQUIRES' | 'CONTEXT';
export type Stance = 'PRO' | 'CON' | 'NEUTRAL';
export type CitationAttribution = 'SPEAKER' | 'ANALYST';

export interface ClaimRecord {
  __typename: 'Claim';
  id: string;
  text: string;
  kind: ClaimKind;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ArgumentRecord {
  __typename: 'Argument';
  id: string;
  kind: ArgumentKind;
  attackKind: AttackKind | null;
  scheme: string | null;
  rationale: string | null;
  reconstructed: boolean;
  conclusionId: string | null;
  targetArgumentId: string | null;
}

export interface ActorRecord {
  __typename: 'Actor';
  id: string;
  name: string;
  kind: ActorKind;
  description: string | null;
}

export interface SourceRecord {
  __typename: 'Source';
  id: string;
  title: string;
  kind: SourceKind;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
}

export interface ProvisionRecord {
  __typename: 'Provision';
  id: string;
  name: string;
  kind: ProvisionKind;
  citation: string | null;
  summary: string | null;
  partOfId: string | null;
}

export interface AssertionRecord {
  __typename: 'Assertion';
  id: string;
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
}

export interface ArgumentChainRecord {
  claimIds: string[];
  argumentIds: string[];
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
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
