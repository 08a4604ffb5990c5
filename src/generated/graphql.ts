import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClaimRecord as ClaimRecordModel, ArgumentRecord as ArgumentRecordModel, ActorRecord as ActorRecordModel, SourceRecord as SourceRecordModel, ProvisionRecord as ProvisionRecordModel, AssertionRecord as AssertionRecordModel, IssueRecord as IssueRecordModel, CitationRecord as CitationRecordModel, PositionRecord as PositionRecordModel, AffiliationRecord as AffiliationRecordModel, SearchHitRecord as SearchHitRecordModel, ArgumentGraphRecord as ArgumentGraphRecordModel, ArgumentChainRecord as ArgumentChainRecordModel, ImportResultRecord as ImportResultRecordModel } from '../domain/index.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An ISO 8601 date-time with offset, e.g. `2025-04-14T17:03:00.000Z`. */
  DateTime: { input: string; output: string; }
};

export type Actor = Node & {
  __typename?: 'Actor';
  affiliations: Array<Affiliation>;
  assertions: Array<Assertion>;
  /** Claims this actor asserted. */
  claims: Array<Claim>;
  /** Role and affiliation as the source gives them. */
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  /** People affiliated with this organisation. */
  members: Array<Membership>;
  name: Scalars['String']['output'];
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorKind =
  | 'COURT'
  | 'GOVERNMENT'
  | 'MEDIA'
  | 'ORGANIZATION'
  | 'PERSON';

export type ActorWhere = {
  kind?: InputMaybe<ActorKind>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type AddAssertionInput = {
  actorId: Scalars['ID']['input'];
  argumentId?: InputMaybe<Scalars['ID']['input']>;
  claimId?: InputMaybe<Scalars['ID']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  quote?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

export type Affiliation = {
  __typename?: 'Affiliation';
  organization: Actor;
  role?: Maybe<Scalars['String']['output']>;
};

/** An inference from premises to a conclusion (AIF RA-node for support, CA-node for attack). */
export type Argument = Node & {
  __typename?: 'Argument';
  assertions: Array<Assertion>;
  attackKind?: Maybe<AttackKind>;
  /** The claim supported or attacked; null for an undercut. */
  conclusion?: Maybe<Claim>;
  id: Scalars['ID']['output'];
  kind: ArgumentKind;
  /** Several premises make a linked argument. */
  premises: Array<Claim>;
  rationale?: Maybe<Scalars['String']['output']>;
  /** True when no speaker states this inference: the analyst reconstructed it from the passage the rationale names. */
  reconstructed: Scalars['Boolean']['output'];
  scheme?: Maybe<Scalars['String']['output']>;
  /** The argument whose inference this one attacks (undercuts only). */
  targetArgument?: Maybe<Argument>;
  undercutBy: Array<Argument>;
};

/**
 * A path of arguments from one claim to another: claims[0] is a premise of arguments[0],
 * which concludes in claims[1], and so on.
 */
export type ArgumentChain = {
  __typename?: 'ArgumentChain';
  arguments: Array<Argument>;
  claims: Array<Claim>;
  length: Scalars['Int']['output'];
};

/** A neighbourhood of the graph as plain nodes and edges, ready for Cytoscape.js or D3. */
export type ArgumentGraph = {
  __typename?: 'ArgumentGraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
};

export type ArgumentKind =
  | 'ATTACK'
  | 'SUPPORT';

/** Who said what, where: an actor asserting a claim or an argument, with the verbatim quote and its source (AIF L-node). */
export type Assertion = Node & {
  __typename?: 'Assertion';
  actor: Actor;
  argument?: Maybe<Argument>;
  /** Exactly one of claim and argument is set. */
  claim?: Maybe<Claim>;
  date?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  quote?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Source>;
};

export type AssertionFields = {
  actorId: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
  quote?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

export type AttackKind =
  /** Attacks the conclusion with a contrary claim. */
  | 'REBUT'
  /** Attacks the inference of another argument. */
  | 'UNDERCUT'
  /** Attacks a premise of another argument. */
  | 'UNDERMINE';

export type Citation = {
  __typename?: 'Citation';
  attribution: CitationAttribution;
  claim: Claim;
  note?: Maybe<Scalars['String']['output']>;
  provision: Provision;
  role: CitationRole;
};

/** Whose citation it is: the speaker's own, or the analyst's reading of a claim the speaker makes without naming the provision. */
export type CitationAttribution =
  | 'ANALYST'
  | 'SPEAKER';

export type CitationFields = {
  note?: InputMaybe<Scalars['String']['input']>;
  provisionId: Scalars['ID']['input'];
  role: CitationRole;
};

export type CitationRole =
  | 'CONTEXT'
  | 'PERMITS'
  /** The provision is said to forbid the act. */
  | 'PROHIBITS'
  | 'REQUIRES';

export type CiteProvisionInput = {
  claimId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  provisionId: Scalars['ID']['input'];
  role: CitationRole;
};

/** A proposition in the debate, stated neutrally in one sentence. */
export type Claim = Node & {
  __typename?: 'Claim';
  assertedBy: Array<Actor>;
  /** Who asserted it, with the quote and the source. */
  assertions: Array<Assertion>;
  /** ATTACK arguments concluding in this claim. */
  attackedBy: Array<Argument>;
  /** Provisions the claim cites. */
  citations: Array<Citation>;
  /** Premises of the arguments that attack this claim. */
  counterclaims: Array<Claim>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: ClaimKind;
  /** The claim's stances on issues. */
  positions: Array<Position>;
  /** Arguments in which this claim is a premise. */
  premiseOf: Array<Argument>;
  /** SUPPORT arguments concluding in this claim. */
  supportedBy: Array<Argument>;
  text: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimKind =
  | 'FACTUAL'
  | 'LEGAL'
  | 'POLICY'
  | 'PREDICTION'
  | 'VALUE';

export type ClaimWhere = {
  /** An actor id: claims this actor asserted. */
  assertedBy?: InputMaybe<Scalars['ID']['input']>;
  /** A provision id: claims citing it or any of its parts. */
  cites?: InputMaybe<Scalars['ID']['input']>;
  /** A source id: claims asserted in it. */
  inSource?: InputMaybe<Scalars['ID']['input']>;
  /** An issue id: claims taking a position on it. */
  issue?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ClaimKind>;
  /** With `issue` (or alone): the stance taken. */
  stance?: InputMaybe<Stance>;
  /** Case-insensitive substring of the claim's text. */
  textContains?: InputMaybe<Scalars['String']['input']>;
};

export type CreateActorInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ActorKind;
  name: Scalars['String']['input'];
};

export type CreateArgumentInput = {
  attackKind?: InputMaybe<AttackKind>;
  conclusionId?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ArgumentKind;
  premiseIds: Array<Scalars['ID']['input']>;
  rationale?: InputMaybe<Scalars['String']['input']>;
  scheme?: InputMaybe<Scalars['String']['input']>;
  targetArgumentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateClaimInput = {
  assertion?: InputMaybe<AssertionFields>;
  citations?: InputMaybe<Array<CitationFields>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ClaimKind;
  positions?: InputMaybe<Array<PositionFields>>;
  text: Scalars['String']['input'];
};

export type CreateIssueInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  question: Scalars['String']['input'];
};

export type CreateProvisionInput = {
  citation?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ProvisionKind;
  name: Scalars['String']['input'];
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSourceInput = {
  author?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: SourceKind;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Direction =
  | 'BOTH'
  | 'INCOMING'
  | 'OUTGOING';

export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  /** Citation role, stance or affiliation role where the edge has one. */
  label?: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /**
   * PREMISE (claim to argument), CONCLUSION (argument to claim or argument), ASSERTS (actor to
   * claim or argument), REPORTED_IN (claim or argument to source), CITES (claim to provision),
   * PART_OF (provision to provision), ADDRESSES (claim to issue), AFFILIATED_WITH (actor to actor).
   */
  type: Scalars['String']['output'];
};

export type GraphNode = {
  __typename?: 'GraphNode';
  /** For attacks: REBUT, UNDERMINE or UNDERCUT. */
  attackKind?: Maybe<Scalars['String']['output']>;
  /** Hops from the root. */
  distance: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The node's kind (ClaimKind, ArgumentKind, ActorKind, SourceKind, ProvisionKind). */
  kind?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  /** Claim, Argument, Actor, Source, Provision or Issue. */
  type: Scalars['String']['output'];
};

export type ImportActor = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: ActorKind;
  name: Scalars['String']['input'];
};

export type ImportAffiliation = {
  actorId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
};

export type ImportArgument = {
  attackKind?: InputMaybe<AttackKind>;
  conclusionId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  kind: ArgumentKind;
  premiseIds: Array<Scalars['ID']['input']>;
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The analyst's reconstruction, not an inference a speaker states; the rationale names the passage. Default false. */
  reconstructed?: InputMaybe<Scalars['Boolean']['input']>;
  scheme?: InputMaybe<Scalars['String']['input']>;
  targetArgumentId?: InputMaybe<Scalars['ID']['input']>;
};

export type ImportAssertion = {
  actorId: Scalars['ID']['input'];
  argumentId?: InputMaybe<Scalars['ID']['input']>;
  claimId?: InputMaybe<Scalars['ID']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  quote?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

export type ImportCitation = {
  /** Whose citation it is. Default SPEAKER. */
  attribution?: InputMaybe<CitationAttribution>;
  claimId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  provisionId: Scalars['ID']['input'];
  role: CitationRole;
};

export type ImportClaim = {
  id: Scalars['ID']['input'];
  kind: ClaimKind;
  text: Scalars['String']['input'];
};

/**
 * An argmap graph document, the shape `argmap export --format json` writes. Every item has
 * its id; references may point at items of the same document or at nodes already stored.
 */
export type ImportGraphInput = {
  actors?: InputMaybe<Array<ImportActor>>;
  affiliations?: InputMaybe<Array<ImportAffiliation>>;
  arguments?: InputMaybe<Array<ImportArgument>>;
  assertions?: InputMaybe<Array<ImportAssertion>>;
  citations?: InputMaybe<Array<ImportCitation>>;
  claims?: InputMaybe<Array<ImportClaim>>;
  issues?: InputMaybe<Array<ImportIssue>>;
  positions?: InputMaybe<Array<ImportPosition>>;
  provisions?: InputMaybe<Array<ImportProvision>>;
  sources?: InputMaybe<Array<ImportSource>>;
};

export type ImportIssue = {
  id: Scalars['ID']['input'];
  question: Scalars['String']['input'];
};

export type ImportPosition = {
  claimId: Scalars['ID']['input'];
  issueId: Scalars['ID']['input'];
  stance: Stance;
};

export type ImportProvision = {
  citation?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: ProvisionKind;
  name: Scalars['String']['input'];
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type ImportResult = {
  __typename?: 'ImportResult';
  /** Items in the document. */
  items: Scalars['Int']['output'];
  nodesCreated: Scalars['Int']['output'];
  propertiesSet: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

export type ImportSource = {
  author?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: SourceKind;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The question a debate is about. */
export type Issue = Node & {
  __typename?: 'Issue';
  id: Scalars['ID']['output'];
  positions: Array<Position>;
  question: Scalars['String']['output'];
};


/** The question a debate is about. */
export type IssuePositionsArgs = {
  stance?: InputMaybe<Stance>;
};

export type IssueConnection = {
  __typename?: 'IssueConnection';
  edges: Array<IssueEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IssueEdge = {
  __typename?: 'IssueEdge';
  cursor: Scalars['String']['output'];
  node: Issue;
};

export type Membership = {
  __typename?: 'Membership';
  person: Actor;
  role?: Maybe<Scalars['String']['output']>;
};

/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type Mutation = {
  __typename?: 'Mutation';
  addAssertion: Assertion;
  citeProvision: Citation;
  createActor: Actor;
  createArgument: Argument;
  /** Creates a claim, optionally with a first assertion, citations and positions. */
  createClaim: Claim;
  createIssue: Issue;
  createProvision: Provision;
  createSource: Source;
  deleteArgument: Scalars['ID']['output'];
  /** Deletes the claim with its assertions, citations and positions, and the arguments left without premises or conclusion. Returns the id. */
  deleteClaim: Scalars['ID']['output'];
  /** Imports a graph document in one transaction: all or nothing, idempotent by id. */
  importGraph: ImportResult;
  /** Sets (or changes) the claim's stance on the issue. */
  setPosition: Position;
  updateClaim: Claim;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationAddAssertionArgs = {
  input: AddAssertionInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationCiteProvisionArgs = {
  input: CiteProvisionInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationCreateActorArgs = {
  input: CreateActorInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationCreateArgumentArgs = {
  input: CreateArgumentInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationCreateClaimArgs = {
  input: CreateClaimInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationCreateIssueArgs = {
  input: CreateIssueInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationCreateProvisionArgs = {
  input: CreateProvisionInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationCreateSourceArgs = {
  input: CreateSourceInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationDeleteArgumentArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationDeleteClaimArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationImportGraphArgs = {
  input: ImportGraphInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationSetPositionArgs = {
  input: SetPositionInput;
};


/** Every mutation needs an API key: `Authorization: Bearer <key>`. */
export type MutationUpdateClaimArgs = {
  id: Scalars['ID']['input'];
  input: UpdateClaimInput;
};

/** Anything with a stable, readable id such as `claim:citizens-cannot-be-deported`. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Position = {
  __typename?: 'Position';
  claim: Claim;
  issue: Issue;
  stance: Stance;
};

export type PositionFields = {
  issueId: Scalars['ID']['input'];
  stance: Stance;
};

/** A legal or constitutional provision: a constitution, article, amendment, clause, doctrine, statute, treaty, case or program. */
export type Provision = Node & {
  __typename?: 'Provision';
  /** Standard citation, e.g. `U.S. Const. amend. VIII`. */
  citation?: Maybe<Scalars['String']['output']>;
  /** Citations of this provision by claims. */
  citedBy: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: ProvisionKind;
  name: Scalars['String']['output'];
  partOf?: Maybe<Provision>;
  parts: Array<Provision>;
  summary?: Maybe<Scalars['String']['output']>;
};

export type ProvisionConnection = {
  __typename?: 'ProvisionConnection';
  edges: Array<ProvisionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProvisionEdge = {
  __typename?: 'ProvisionEdge';
  cursor: Scalars['String']['output'];
  node: Provision;
};

export type ProvisionKind =
  | 'AMENDMENT'
  | 'ARTICLE'
  | 'CASE'
  | 'CLAUSE'
  | 'CONSTITUTION'
  | 'DOCTRINE'
  | 'PROGRAM'
  | 'REGULATION'
  | 'STATUTE'
  | 'TREATY';

export type ProvisionWhere = {
  kind?: InputMaybe<ProvisionKind>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  actor?: Maybe<Actor>;
  actors: ActorConnection;
  argument?: Maybe<Argument>;
  /**
   * Support and attack paths from one claim to another, shortest first: at most `maxLength`
   * arguments long (default 4, at most 8), each claim at most once per chain.
   */
  argumentChains: Array<ArgumentChain>;
  /**
   * The neighbourhood of a claim, argument, actor, provision, source or issue, up to `depth`
   * hops (default 2, at most 6). OUTGOING follows premises towards conclusions, INCOMING the
   * other way; BOTH (default) both.
   */
  argumentGraph: ArgumentGraph;
  assertion?: Maybe<Assertion>;
  claim?: Maybe<Claim>;
  claims: ClaimConnection;
  issue?: Maybe<Issue>;
  issues: IssueConnection;
  /** Any node by id: a claim, argument, actor, source, provision, assertion or issue. */
  node?: Maybe<Node>;
  /** Several nodes by id, in the order asked; null where an id does not exist. */
  nodes: Array<Maybe<Node>>;
  provision?: Maybe<Provision>;
  provisions: ProvisionConnection;
  /**
   * Full-text search over claims, quotes, actors and provisions, best first. Accepts plain
   * words; British and American spellings match each other (denaturalise / denaturalize).
   */
  search: Array<SearchHit>;
  source?: Maybe<Source>;
  sources: SourceConnection;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ActorWhere>;
};


export type QueryArgumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArgumentChainsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryArgumentGraphArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<Direction>;
  rootId: Scalars['ID']['input'];
};


export type QueryAssertionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ClaimWhere>;
};


export type QueryIssueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryProvisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProvisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ProvisionWhere>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  score: Scalars['Float']['output'];
  /** The text that matched: a claim's text, a quote, a name. */
  snippet?: Maybe<Scalars['String']['output']>;
};

export type SetPositionInput = {
  claimId: Scalars['ID']['input'];
  issueId: Scalars['ID']['input'];
  stance: Stance;
};

export type Source = Node & {
  __typename?: 'Source';
  assertions: Array<Assertion>;
  author?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: SourceKind;
  publishedAt?: Maybe<Scalars['Date']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceKind =
  | 'COURT_OPINION'
  | 'NEWS'
  | 'OPINION'
  | 'REPORT'
  | 'SOCIAL_POST'
  | 'STATEMENT';

export type Stance =
  | 'CON'
  | 'NEUTRAL'
  /** Answers the issue's question yes. */
  | 'PRO';

export type UpdateClaimInput = {
  kind?: InputMaybe<ClaimKind>;
  text?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActorRecordModel & { __typename: 'Actor' } )
    | ( ArgumentRecordModel & { __typename: 'Argument' } )
    | ( AssertionRecordModel & { __typename: 'Assertion' } )
    | ( ClaimRecordModel & { __typename: 'Claim' } )
    | ( IssueRecordModel & { __typename: 'Issue' } )
    | ( ProvisionRecordModel & { __typename: 'Provision' } )
    | ( SourceRecordModel & { __typename: 'Source' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRecordModel>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorKind: ActorKind;
  ActorWhere: ActorWhere;
  AddAssertionInput: AddAssertionInput;
  Affiliation: ResolverTypeWrapper<AffiliationRecordModel>;
  Argument: ResolverTypeWrapper<ArgumentRecordModel>;
  ArgumentChain: ResolverTypeWrapper<ArgumentChainRecordModel>;
  ArgumentGraph: ResolverTypeWrapper<ArgumentGraphRecordModel>;
  ArgumentKind: ArgumentKind;
  Assertion: ResolverTypeWrapper<AssertionRecordModel>;
  AssertionFields: AssertionFields;
  AttackKind: AttackKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citation: ResolverTypeWrapper<CitationRecordModel>;
  CitationAttribution: CitationAttribution;
  CitationFields: CitationFields;
  CitationRole: CitationRole;
  CiteProvisionInput: CiteProvisionInput;
  Claim: ResolverTypeWrapper<ClaimRecordModel>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimKind: ClaimKind;
  ClaimWhere: ClaimWhere;
  CreateActorInput: CreateActorInput;
  CreateArgumentInput: CreateArgumentInput;
  CreateClaimInput: CreateClaimInput;
  CreateIssueInput: CreateIssueInput;
  CreateProvisionInput: CreateProvisionInput;
  CreateSourceInput: CreateSourceInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportActor: ImportActor;
  ImportAffiliation: ImportAffiliation;
  ImportArgument: ImportArgument;
  ImportAssertion: ImportAssertion;
  ImportCitation: ImportCitation;
  ImportClaim: ImportClaim;
  ImportGraphInput: ImportGraphInput;
  ImportIssue: ImportIssue;
  ImportPosition: ImportPosition;
  ImportProvision: ImportProvision;
  ImportResult: ResolverTypeWrapper<ImportResultRecordModel>;
  ImportSource: ImportSource;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Issue: ResolverTypeWrapper<IssueRecordModel>;
  IssueConnection: ResolverTypeWrapper<Omit<IssueConnection, 'edges'> & { edges: Array<ResolversTypes['IssueEdge']> }>;
  IssueEdge: ResolverTypeWrapper<Omit<IssueEdge, 'node'> & { node: ResolversTypes['Issue'] }>;
  Membership: ResolverTypeWrapper<AffiliationRecordModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Position: ResolverTypeWrapper<PositionRecordModel>;
  PositionFields: PositionFields;
  Provision: ResolverTypeWrapper<ProvisionRecordModel>;
  ProvisionConnection: ResolverTypeWrapper<Omit<ProvisionConnection, 'edges'> & { edges: Array<ResolversTypes['ProvisionEdge']> }>;
  ProvisionEdge: ResolverTypeWrapper<Omit<ProvisionEdge, 'node'> & { node: ResolversTypes['Provision'] }>;
  ProvisionKind: ProvisionKind;
  ProvisionWhere: ProvisionWhere;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchHit: ResolverTypeWrapper<SearchHitRecordModel>;
  SetPositionInput: SetPositionInput;
  Source: ResolverTypeWrapper<SourceRecordModel>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceKind: SourceKind;
  Stance: Stance;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateClaimInput: UpdateClaimInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRecordModel;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorWhere: ActorWhere;
  AddAssertionInput: AddAssertionInput;
  Affiliation: AffiliationRecordModel;
  Argument: ArgumentRecordModel;
  ArgumentChain: ArgumentChainRecordModel;
  ArgumentGraph: ArgumentGraphRecordModel;
  Assertion: AssertionRecordModel;
  AssertionFields: AssertionFields;
  Boolean: Scalars['Boolean']['output'];
  Citation: CitationRecordModel;
  CitationFields: CitationFields;
  CiteProvisionInput: CiteProvisionInput;
  Claim: ClaimRecordModel;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimWhere: ClaimWhere;
  CreateActorInput: CreateActorInput;
  CreateArgumentInput: CreateArgumentInput;
  CreateClaimInput: CreateClaimInput;
  CreateIssueInput: CreateIssueInput;
  CreateProvisionInput: CreateProvisionInput;
  CreateSourceInput: CreateSourceInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  ID: Scalars['ID']['output'];
  ImportActor: ImportActor;
  ImportAffiliation: ImportAffiliation;
  ImportArgument: ImportArgument;
  ImportAssertion: ImportAssertion;
  ImportCitation: ImportCitation;
  ImportClaim: ImportClaim;
  ImportGraphInput: ImportGraphInput;
  ImportIssue: ImportIssue;
  ImportPosition: ImportPosition;
  ImportProvision: ImportProvision;
  ImportResult: ImportResultRecordModel;
  ImportSource: ImportSource;
  Int: Scalars['Int']['output'];
  Issue: IssueRecordModel;
  IssueConnection: Omit<IssueConnection, 'edges'> & { edges: Array<ResolversParentTypes['IssueEdge']> };
  IssueEdge: Omit<IssueEdge, 'node'> & { node: ResolversParentTypes['Issue'] };
  Membership: AffiliationRecordModel;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Position: PositionRecordModel;
  PositionFields: PositionFields;
  Provision: ProvisionRecordModel;
  ProvisionConnection: Omit<ProvisionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProvisionEdge']> };
  ProvisionEdge: Omit<ProvisionEdge, 'node'> & { node: ResolversParentTypes['Provision'] };
  ProvisionWhere: ProvisionWhere;
  Query: Record<PropertyKey, never>;
  SearchHit: SearchHitRecordModel;
  SetPositionInput: SetPositionInput;
  Source: SourceRecordModel;
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  String: Scalars['String']['output'];
  UpdateClaimInput: UpdateClaimInput;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  organization?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArgumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Argument'] = ResolversParentTypes['Argument']> = {
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  attackKind?: Resolver<Maybe<ResolversTypes['AttackKind']>, ParentType, ContextType>;
  conclusion?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArgumentKind'], ParentType, ContextType>;
  premises?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reconstructed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetArgument?: Resolver<Maybe<ResolversTypes['Argument']>, ParentType, ContextType>;
  undercutBy?: Resolver<Array<ResolversTypes['Argument']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArgumentChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArgumentChain'] = ResolversParentTypes['ArgumentChain']> = {
  arguments?: Resolver<Array<ResolversTypes['Argument']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArgumentGraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArgumentGraph'] = ResolversParentTypes['ArgumentGraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type AssertionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assertion'] = ResolversParentTypes['Assertion']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  argument?: Resolver<Maybe<ResolversTypes['Argument']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  attribution?: Resolver<ResolversTypes['CitationAttribution'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CitationRole'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  assertedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  attackedBy?: Resolver<Array<ResolversTypes['Argument']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  counterclaims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  premiseOf?: Resolver<Array<ResolversTypes['Argument']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Argument']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  attackKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  propertiesSet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<IssuePositionsArgs>>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IssueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssueConnection'] = ResolversParentTypes['IssueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IssueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IssueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssueEdge'] = ResolversParentTypes['IssueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  person?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAssertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType, RequireFields<MutationAddAssertionArgs, 'input'>>;
  citeProvision?: Resolver<ResolversTypes['Citation'], ParentType, ContextType, RequireFields<MutationCiteProvisionArgs, 'input'>>;
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  createArgument?: Resolver<ResolversTypes['Argument'], ParentType, ContextType, RequireFields<MutationCreateArgumentArgs, 'input'>>;
  createClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationCreateClaimArgs, 'input'>>;
  createIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationCreateIssueArgs, 'input'>>;
  createProvision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType, RequireFields<MutationCreateProvisionArgs, 'input'>>;
  createSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationCreateSourceArgs, 'input'>>;
  deleteArgument?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteArgumentArgs, 'id'>>;
  deleteClaim?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteClaimArgs, 'id'>>;
  importGraph?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'input'>>;
  setPosition?: Resolver<ResolversTypes['Position'], ParentType, ContextType, RequireFields<MutationSetPositionArgs, 'input'>>;
  updateClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUpdateClaimArgs, 'id' | 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Argument' | 'Assertion' | 'Claim' | 'Issue' | 'Provision' | 'Source', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
};

export type ProvisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = {
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvisionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvisionConnection'] = ResolversParentTypes['ProvisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProvisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvisionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvisionEdge'] = ResolversParentTypes['ProvisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<QueryActorsArgs>>;
  argument?: Resolver<Maybe<ResolversTypes['Argument']>, ParentType, ContextType, RequireFields<QueryArgumentArgs, 'id'>>;
  argumentChains?: Resolver<Array<ResolversTypes['ArgumentChain']>, ParentType, ContextType, RequireFields<QueryArgumentChainsArgs, 'fromId' | 'toId'>>;
  argumentGraph?: Resolver<ResolversTypes['ArgumentGraph'], ParentType, ContextType, RequireFields<QueryArgumentGraphArgs, 'rootId'>>;
  assertion?: Resolver<Maybe<ResolversTypes['Assertion']>, ParentType, ContextType, RequireFields<QueryAssertionArgs, 'id'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<QueryClaimsArgs>>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType, RequireFields<QueryIssueArgs, 'id'>>;
  issues?: Resolver<ResolversTypes['IssueConnection'], ParentType, ContextType, Partial<QueryIssuesArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType, RequireFields<QueryProvisionArgs, 'id'>>;
  provisions?: Resolver<ResolversTypes['ProvisionConnection'], ParentType, ContextType, Partial<QueryProvisionsArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<QuerySourcesArgs>>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  Argument?: ArgumentResolvers<ContextType>;
  ArgumentChain?: ArgumentChainResolvers<ContextType>;
  ArgumentGraph?: ArgumentGraphResolvers<ContextType>;
  Assertion?: AssertionResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  IssueConnection?: IssueConnectionResolvers<ContextType>;
  IssueEdge?: IssueEdgeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  ProvisionConnection?: ProvisionConnectionResolvers<ContextType>;
  ProvisionEdge?: ProvisionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
};

