import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClaimRecord as ClaimRecordModel, ArgumentRecord as ArgumentRecordModel, ActorRecord as ActorRecordModel, SourceRecord as SourceRecordModel, ProvisionRecord as ProvisionRecordModel, AssertionRecord as AssertionRecordModel, IssueRecord as IssueRecordModel, CitationRecord as CitationRecordModel, PositionRecord as PositionRecordModel, AffiliationRecord as AffiliationRecordModel, SearchHitRecord as SearchHitRecordModel, ArgumentGraphRecord as ArgumentGraphRecordModel, ArgumentChainRecord as ArgumentChainRecordModel, ImportResultRecord as ImportResultRecordModel } from '../domain/index.js';
import type { EvaluationResult as EvaluationResultModel } from '../api/graphql/resolvers/Evaluation.js';
import type { SemanticsVerdict as SemanticsVerdictModel, Explanation as ExplanationModel, JustificationStep as JustificationStepModel, JustifiedClaim as JustifiedClaimModel } from '../domain/evaluation/index.js';
import type { RevisionRecord as RevisionRecordModel, ChangeRecord as ChangeRecordModel } from '../repositories/revisions.js';
import type { ArgumentMapRecord as ArgumentMapRecordModel } from '../domain/maps.js';
import type { NodeDocument as NodeDocumentModel, ChangeEvent as ChangeEventModel } from '../domain/revisions.js';
import type { UserRecord as UserRecordModel, MapMembershipRecord as MapMembershipRecordModel, Author as AuthorModel } from '../domain/people.js';
import type { ProposalRecord as ProposalRecordModel, ProposalItemRecord as ProposalItemRecordModel, ProposedSpeakerRecord as ProposedSpeakerRecordModel, ClaimMatchRecord as ClaimMatchRecordModel, AcceptOutcome as AcceptOutcomeModel } from '../domain/proposals.js';
import type { Context } from '../api/graphql/context.js';
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
  /** A calendar date written `YYYY-MM-DD` (ISO 8601), e.g. `2025-04-14`; anything else, or a day that does not exist, is refused with BAD_USER_INPUT. */
  Date: { input: string; output: string; }
  /** An ISO 8601 date-time with offset, e.g. `2025-04-14T17:03:00.000Z`. */
  DateTime: { input: string; output: string; }
};

/** One item to accept, as proposed or edited. The quote and its offsets stay as proposed. */
export type AcceptItemInput = {
  /** The claim's text, when not as proposed (1 to 5,000 characters). */
  claimText?: InputMaybe<Scalars['String']['input']>;
  /** The item's id (`proposal:...#n`). */
  id: Scalars['ID']['input'];
  /** The claim's kind, when not as proposed. */
  kind?: InputMaybe<ClaimKind>;
  /** Supports and attacks to write from the item's claim. */
  links?: InputMaybe<Array<AcceptLinkInput>>;
  /** Assert this existing claim of the map instead of a new one (`claimText` and `kind` are then ignored). */
  sameAsClaimId?: InputMaybe<Scalars['ID']['input']>;
  /** Who said it, when not as proposed. */
  speaker?: InputMaybe<AcceptSpeakerInput>;
};

/** A support or attack to write from an accepted item's claim to an existing claim or to another item's claim. */
export type AcceptLinkInput = {
  /** For an attack: REBUT (the default), UNDERMINE or UNDERCUT. */
  attackKind?: InputMaybe<AttackKind>;
  /** The claim of the map it supports or attacks. */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** Another item of the same proposal (accepted in this call or before) whose claim it supports or attacks. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** SUPPORT or ATTACK: the item's claim supports or attacks the target. */
  kind: ArgumentKind;
};

/** What `acceptProposedAssertions` wrote. */
export type AcceptProposedAssertionsResult = {
  __typename?: 'AcceptProposedAssertionsResult';
  /** The assertions written, one per accepted item, in the order given. */
  assertions: Array<Assertion>;
  /** The proposal, its items' statuses updated. */
  proposal: Proposal;
  /** The map's revision the accepted items were written in. */
  revision: Scalars['Int']['output'];
};

/** Who said an accepted item, when not as proposed: an existing actor (`actorId`), or a new actor's name, description and kind (each defaulting to the proposed one). */
export type AcceptSpeakerInput = {
  /** An actor of the map. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** The new actor's role and affiliation. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new actor's kind. */
  kind?: InputMaybe<ActorKind>;
  /** A new actor's name, 1 to 200 characters. A name an actor of the map already has (letter case aside) is that actor. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Someone who asserts claims and arguments: a person, an organisation, a government, a court or a publisher. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** The organisations this actor belongs to, with the role held, by organisation name. */
  affiliations: Array<Affiliation>;
  /** Everything the actor asserted: claims and arguments, with quotes and sources, by date: at most 100; the rest (and `totalCount`) through `assertionsConnection`. */
  assertions: Array<Assertion>;
  /** The same assertions as `assertions`, a page at a time, ordered by id. */
  assertionsConnection: AssertionConnection;
  /** Claims this actor asserted, each once, by id: at most 100; the rest (and `totalCount`) through `claimsConnection`. */
  claims: Array<Claim>;
  /** The same claims as `claims`, a page at a time, ordered by id. */
  claimsConnection: ClaimConnection;
  /** Role and affiliation as the source gives them, up to 1000 characters; null when the source gives none. */
  description?: Maybe<Scalars['String']['output']>;
  /** The revisions that changed this actor, oldest first (`last` for the newest). */
  history: RevisionConnection;
  /** The actor's id, e.g. `actor:david-leopold`. */
  id: Scalars['ID']['output'];
  /** What sort of actor it is. */
  kind: ActorKind;
  /** People affiliated with this organisation, with their role, by name. */
  members: Array<Membership>;
  /** The ids of the actors merged into this one (`mergeActors`), in the order they were merged, with those merged into them before: each still names this actor (`node`, `actor`). */
  mergedFrom: Array<Scalars['ID']['output']>;
  /** The actor's name as the sources give it, 1 to 200 characters. */
  name: Scalars['String']['output'];
};


/** Someone who asserts claims and arguments: a person, an organisation, a government, a court or a publisher. */
export type ActorAssertionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone who asserts claims and arguments: a person, an organisation, a government, a court or a publisher. */
export type ActorClaimsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone who asserts claims and arguments: a person, an organisation, a government, a court or a publisher. */
export type ActorHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of actors, ordered by id. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors of this page, at most `first` of them. */
  edges: Array<ActorEdge>;
  /** Whether more actors follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many actors pass the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An actor in a page of `actors`, with its cursor. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque; pass it as `after` to page on from this actor. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** What sort of actor speaks. */
export type ActorKind =
  /** A court. */
  | 'COURT'
  /** A government, an agency or an office of one. */
  | 'GOVERNMENT'
  /** A publisher or newspaper speaking in its own voice. */
  | 'MEDIA'
  /** A non-governmental organisation, e.g. a civil-liberties group or a university. */
  | 'ORGANIZATION'
  /** A person, e.g. a senator, a lawyer or a scholar. */
  | 'PERSON';

/** Filters of `actors`; given together, an actor must pass both. */
export type ActorWhere = {
  /** Only actors of this kind. */
  kind?: InputMaybe<ActorKind>;
  /** Case-insensitive substring of the actor's name, up to 200 characters (trimmed; empty means no filter). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** A new assertion: an actor asserting a claim or an argument (exactly one of `claimId` and `argumentId`). */
export type AddAssertionInput = {
  /** Who asserted (an `actor:` id of an existing actor). */
  actorId: Scalars['ID']['input'];
  /** The argument asserted (an `argument:` id); give this or `claimId`. */
  argumentId?: InputMaybe<Scalars['ID']['input']>;
  /** The claim asserted (a `claim:` id); give this or `argumentId`. */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** When the actor said it, if known. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The id to give it (`assertion:` and lowercase words joined by hyphens, at most 120 characters); made when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The actor's words, verbatim from the source, up to 2000 characters. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Where it is reported (a `source:` id of an existing source). */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** An actor's tie to an organisation, seen from the actor. */
export type Affiliation = {
  __typename?: 'Affiliation';
  /** The organisation (an actor, usually of kind ORGANIZATION, GOVERNMENT, COURT or MEDIA). */
  organization: Actor;
  /** The role held there, as the source gives it (e.g. `former president`), up to 200 characters; null when not given. */
  role?: Maybe<Scalars['String']['output']>;
};

/** An inference from premises to a conclusion (AIF RA-node for support, CA-node for attack). Its premises are claims; its conclusion is a claim or, for an undercut, another argument. */
export type Argument = Node & {
  __typename?: 'Argument';
  /** Who put the argument forward, where and in which words. */
  assertions: Array<Assertion>;
  /** What an attack aims at; null for a support. */
  attackKind?: Maybe<AttackKind>;
  /** The claim supported or attacked; null for an undercut. */
  conclusion?: Maybe<Claim>;
  /** Why the argument has its label. */
  explanation?: Maybe<Explanation>;
  /** The revisions that changed this argument, oldest first (`last` for the newest). */
  history: RevisionConnection;
  /** The argument's id, e.g. `argument:support-policy-cheap-housing-of-violent-criminals`. */
  id: Scalars['ID']['output'];
  /** Support or attack. */
  kind: ArgumentKind;
  /** The claims it reasons from, in the order given; several premises make a linked argument. */
  premises: Array<Claim>;
  /** Why the premises bear on the conclusion, in the words of whoever mapped it, up to 2000 characters; null when none is given. */
  rationale?: Maybe<Scalars['String']['output']>;
  /** True when no speaker states this inference: the analyst reconstructed it from the passage the rationale names. */
  reconstructed: Scalars['Boolean']['output'];
  /** The name of the argument scheme it follows (e.g. `Argument from Rule`), up to 120 characters; null when none is named. */
  scheme?: Maybe<Scalars['String']['output']>;
  /** Where the argument's inference stands under a semantics (default GROUNDED) and a scenario. */
  status: Status;
  /** The argument whose inference this one attacks (undercuts only). */
  targetArgument?: Maybe<Argument>;
  /** Undercuts that attack this argument's inference. */
  undercutBy: Array<Argument>;
};


/** An inference from premises to a conclusion (AIF RA-node for support, CA-node for attack). Its premises are claims; its conclusion is a claim or, for an undercut, another argument. */
export type ArgumentExplanationArgs = {
  scenario?: InputMaybe<ScenarioInput>;
  semantics?: InputMaybe<Semantics>;
};


/** An inference from premises to a conclusion (AIF RA-node for support, CA-node for attack). Its premises are claims; its conclusion is a claim or, for an undercut, another argument. */
export type ArgumentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An inference from premises to a conclusion (AIF RA-node for support, CA-node for attack). Its premises are claims; its conclusion is a claim or, for an undercut, another argument. */
export type ArgumentStatusArgs = {
  scenario?: InputMaybe<ScenarioInput>;
  semantics?: InputMaybe<Semantics>;
};

/** A path of arguments from one claim to another: claims[0] is a premise of arguments[0], which concludes in claims[1], and so on. */
export type ArgumentChain = {
  __typename?: 'ArgumentChain';
  /** The arguments along the path, each linking the claim before it to the claim after it. */
  arguments: Array<Argument>;
  /** The claims along the path, from `fromId` to `toId`; one more than the arguments. */
  claims: Array<Claim>;
  /** How many arguments the path has, 1 to `maxLength`. */
  length: Scalars['Int']['output'];
};

/** A neighbourhood of the graph as plain nodes and edges, ready for Cytoscape.js or D3. */
export type ArgumentGraph = {
  __typename?: 'ArgumentGraph';
  /** The edges between the nodes reached. */
  edges: Array<GraphEdge>;
  /** The nodes reached, the root among them (at distance 0). */
  nodes: Array<GraphNode>;
  /** True when more nodes lay within `depth` than `limit` let through: the nodes nearest the root were kept (by distance, then id), and only the edges between them. */
  truncated: Scalars['Boolean']['output'];
};

/** Whether an argument speaks for or against its conclusion. */
export type ArgumentKind =
  /** The premises give a reason to reject the conclusion or the inference of another argument (AIF CA-node). */
  | 'ATTACK'
  /** The premises give a reason to accept the conclusion (AIF RA-node). */
  | 'SUPPORT';

/** One argument map: a debate with its own claims, arguments, actors, sources, provisions, issues and revisions. Every node belongs to exactly one map; reads, searches, evaluations, exports, revisions and subscriptions are scoped to one map, and a field or mutation called without `mapId` works on `map:default` (the seed debate). */
export type ArgumentMap = Node & {
  __typename?: 'ArgumentMap';
  /** How many arguments it holds. */
  argumentCount: Scalars['Int']['output'];
  /** How many claims it holds. */
  claimCount: Scalars['Int']['output'];
  /** When the map was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The map's current revision: 0 before its first write. Revisions are numbered per map. */
  currentRevision: Scalars['Int']['output'];
  /** What the map is about, at most 2,000 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** `map:` and the map's slug, e.g. `map:default`. */
  id: Scalars['ID']['output'];
  /** Its members and their roles, by name. Shown to anyone with a role in the map (members, keys); FORBIDDEN to others. */
  members: Array<MapMembership>;
  /** The role the request's user or key has in this map; null for none. */
  myRole?: Maybe<MapRole>;
  /** The map's name, at most 200 characters. */
  name: Scalars['String']['output'];
  /** When the map last changed: its newest revision's time, or its creation. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who may read it. */
  visibility: Visibility;
};

/** A page of maps, by id. */
export type ArgumentMapConnection = {
  __typename?: 'ArgumentMapConnection';
  /** The page's maps. */
  edges: Array<ArgumentMapEdge>;
  /** Where the page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many maps there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One map in a page of maps. */
export type ArgumentMapEdge = {
  __typename?: 'ArgumentMapEdge';
  /** Where the map stands in the list: pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The map. */
  node: ArgumentMap;
};

/** Who said what, where: an actor asserting a claim or an argument, with the verbatim quote and its source (AIF L-node). */
export type Assertion = Node & {
  __typename?: 'Assertion';
  /** Who asserted. */
  actor: Actor;
  /** The argument asserted. Exactly one of claim and argument is set. */
  argument?: Maybe<Argument>;
  /** The claim asserted. Exactly one of claim and argument is set. */
  claim?: Maybe<Claim>;
  /** When the actor said it, if known. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The revisions that changed this assertion, oldest first (`last` for the newest). */
  history: RevisionConnection;
  /** The assertion's id, e.g. `assertion:donald-trump-us-should-send-convicted-citizens-to-el`. */
  id: Scalars['ID']['output'];
  /** The actor's words, verbatim from the source, up to 2000 characters; null when not recorded. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Where it is reported; null when no source is recorded. */
  source?: Maybe<Source>;
};


/** Who said what, where: an actor asserting a claim or an argument, with the verbatim quote and its source (AIF L-node). */
export type AssertionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a node's assertions (`assertionsConnection` on claims, actors and sources). */
export type AssertionConnection = {
  __typename?: 'AssertionConnection';
  /** The assertions of this page, at most `first` (or `last`) of them. */
  edges: Array<AssertionEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many assertions the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An assertion in a page of a node's assertions, with its cursor. */
export type AssertionEdge = {
  __typename?: 'AssertionEdge';
  /** Where this assertion stands in the list: pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The assertion. */
  node: Assertion;
};

/** The first assertion of a new claim: who asserted it, where and in which words. */
export type AssertionFields = {
  /** The actor who asserted the claim (an `actor:` id of an existing actor). */
  actorId: Scalars['ID']['input'];
  /** When the actor said it, if known. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The actor's words, verbatim from the source, up to 2000 characters. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** The source that reports it (a `source:` id of an existing source); null when none. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** What an attack aims at. */
export type AttackKind =
  /** Attacks the conclusion with a contrary claim. */
  | 'REBUT'
  /** Attacks the inference of another argument. */
  | 'UNDERCUT'
  /** Attacks a premise of another argument. */
  | 'UNDERMINE';

/** Who wrote a revision: never a token or a key, only their name. */
export type Author = {
  __typename?: 'Author';
  /** A user, a key, or the service. */
  kind: AuthorKind;
  /** The user's name (as their token gave it then), the key's name, or `system`. */
  name: Scalars['String']['output'];
  /** The user's id (null for a key or the service). */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** What kind of caller wrote a revision. */
export type AuthorKind =
  /** A machine, with an API key. */
  | 'KEY'
  /** The service itself: its seed, migrations and command line. */
  | 'SYSTEM'
  /** A person, with their token. */
  | 'USER';

/** One node's change in a revision. */
export type Change = {
  __typename?: 'Change';
  /** The node after the revision; null when it was deleted. */
  after?: Maybe<NodeState>;
  /** The node before the revision; null when it did not exist. */
  before?: Maybe<NodeState>;
  /** The properties and relationships whose values differ between before and after (relationships as `TYPE->id`). */
  differences: Array<Scalars['String']['output']>;
  /** Created, updated or deleted. */
  kind: ChangeKind;
  /** Its type: `Claim`, `Argument`, `Actor`, `Source`, `Provision`, `Assertion` or `Issue`. */
  label: Scalars['String']['output'];
  /** The node. */
  nodeId: Scalars['ID']['output'];
};

/** What a subscriber hears of each committed write, in revision order. */
export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  /** When it committed. */
  at: Scalars['DateTime']['output'];
  /** Who made it (a name, never a token or a key). */
  author: Author;
  /** The nodes it changed that this subscription watches (all of them for an unfiltered subscription). */
  ids: Array<Scalars['ID']['output']>;
  /** The name of the user or key that made it (see `author`). */
  keyName: Scalars['String']['output'];
  /** The map the write changed. */
  mapId: Scalars['ID']['output'];
  /** The mutation's (or command's) name. */
  operation: Scalars['String']['output'];
  /** The write's revision: pass the last one seen as `afterRevision` when reconnecting to receive what was missed. */
  revision: Scalars['Int']['output'];
};

/** What kind of change a revision made to a node. */
export type ChangeKind =
  /** The node did not exist before. */
  | 'CREATED'
  /** It does not exist after. */
  | 'DELETED'
  /** Its properties or its relationships changed. */
  | 'UPDATED';

/** A claim citing a provision, in a role; at most one citation per claim and provision. */
export type Citation = {
  __typename?: 'Citation';
  /** Whose citation it is: the speaker's own, or the analyst's reading. */
  attribution: CitationAttribution;
  /** The claim that cites. */
  claim: Claim;
  /** How the claim reads the provision, up to 1000 characters; null when none was given. */
  note?: Maybe<Scalars['String']['output']>;
  /** The provision cited. */
  provision: Provision;
  /** What the claim says the provision does to the act. */
  role: CitationRole;
};

/** Whose citation it is: the speaker's own, or the analyst's reading of a claim the speaker makes without naming the provision. */
export type CitationAttribution =
  /** The analyst who mapped the text supplies the provision; the speaker does not name it. */
  | 'ANALYST'
  /** The speaker names or relies on the provision in the text. */
  | 'SPEAKER';

/** A provision a new claim cites. */
export type CitationFields = {
  /** How the claim reads the provision, up to 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The provision cited (a `provision:` id of an existing provision). */
  provisionId: Scalars['ID']['input'];
  /** What the claim says the provision does to the act. */
  role: CitationRole;
};

/** The role a claim gives the provision it cites. */
export type CitationRole =
  /** The provision is background to the claim, neither forbidding nor allowing. */
  | 'CONTEXT'
  /** The provision is said to allow the act. */
  | 'PERMITS'
  /** The provision is said to forbid the act. */
  | 'PROHIBITS'
  /** The provision is said to demand the act. */
  | 'REQUIRES';

/** A claim citing a provision. */
export type CiteProvisionInput = {
  /** The citing claim (a `claim:` id). */
  claimId: Scalars['ID']['input'];
  /** How the claim reads the provision, up to 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The provision cited (a `provision:` id). */
  provisionId: Scalars['ID']['input'];
  /** What the claim says the provision does to the act. */
  role: CitationRole;
};

/** A proposition in the debate, stated neutrally in one sentence (AIF I-node). The same claim made by several actors is one claim with several assertions. */
export type Claim = Node & {
  __typename?: 'Claim';
  /** The actors who asserted it, each once. */
  assertedBy: Array<Actor>;
  /** Who asserted it, with the quote and the source, by date: at most 100; the rest (and `totalCount`) through `assertionsConnection`. */
  assertions: Array<Assertion>;
  /** The same assertions as `assertions`, a page at a time, ordered by id: for claims asserted by many. */
  assertionsConnection: AssertionConnection;
  /** ATTACK arguments concluding in this claim (rebuttals and underminers; undercuts attack arguments, not claims). */
  attackedBy: Array<Argument>;
  /** The provisions the claim cites, with the role it gives each. */
  citations: Array<Citation>;
  /** The premises of the arguments that attack this claim, each once. */
  counterclaims: Array<Claim>;
  /** When the claim was first stored. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the claim has its label. */
  explanation?: Maybe<Explanation>;
  /** The revisions that changed this claim, oldest first (`last` for the newest). */
  history: RevisionConnection;
  /** The claim's id, e.g. `claim:citizens-cannot-be-deported`. */
  id: Scalars['ID']['output'];
  /** Why the claim stands or falls, as accounts to draw (its justification): under GROUNDED and COMPLETE one, from the grounded labelling; under PREFERRED and STABLE one labelling that accepts the claim and one that rejects it when the extensions differ on it (one when they agree; the combined labels' account when there is no extension). Empty when the scenario leaves the claim out. */
  justification: Array<Explanation>;
  /** What sort of proposition it is. */
  kind: ClaimKind;
  /** The ids of the claims merged into this one (`mergeClaims`), in the order they were merged, with those merged into them before: each still names this claim (`node`, `claim`). */
  mergedFrom: Array<Scalars['ID']['output']>;
  /** The claim's stances on issues. */
  positions: Array<Position>;
  /** Arguments in which this claim is a premise. */
  premiseOf: Array<Argument>;
  /** How explanations name the claim: its id's words when the id reads as a phrase (with the casing the map's texts give them), else the first words of its text; unique in the map. */
  shortLabel: Scalars['String']['output'];
  /** The claims of the same map most likely to say the same thing as this one, best first (the claim itself excluded). Found through the map's full-text index and ranked by `SimilarClaim.score`; claims sharing no word with this one are not found. */
  similar: Array<SimilarClaim>;
  /** Where the claim stands under a semantics (default GROUNDED) and a scenario. */
  status: Status;
  /** The claim's strength in [0, 1] (quadratic-energy gradual semantics, base score 0.5); null when the scenario left it out. */
  strength?: Maybe<Scalars['Float']['output']>;
  /** SUPPORT arguments concluding in this claim. */
  supportedBy: Array<Argument>;
  /** The claim as one neutral sentence, 1 to 500 characters. */
  text: Scalars['String']['output'];
  /** When the claim was last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A proposition in the debate, stated neutrally in one sentence (AIF I-node). The same claim made by several actors is one claim with several assertions. */
export type ClaimAssertionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition in the debate, stated neutrally in one sentence (AIF I-node). The same claim made by several actors is one claim with several assertions. */
export type ClaimExplanationArgs = {
  scenario?: InputMaybe<ScenarioInput>;
  semantics?: InputMaybe<Semantics>;
};


/** A proposition in the debate, stated neutrally in one sentence (AIF I-node). The same claim made by several actors is one claim with several assertions. */
export type ClaimHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition in the debate, stated neutrally in one sentence (AIF I-node). The same claim made by several actors is one claim with several assertions. */
export type ClaimJustificationArgs = {
  scenario?: InputMaybe<ScenarioInput>;
  semantics?: InputMaybe<Semantics>;
};


/** A proposition in the debate, stated neutrally in one sentence (AIF I-node). The same claim made by several actors is one claim with several assertions. */
export type ClaimSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition in the debate, stated neutrally in one sentence (AIF I-node). The same claim made by several actors is one claim with several assertions. */
export type ClaimStatusArgs = {
  scenario?: InputMaybe<ScenarioInput>;
  semantics?: InputMaybe<Semantics>;
};


/** A proposition in the debate, stated neutrally in one sentence (AIF I-node). The same claim made by several actors is one claim with several assertions. */
export type ClaimStrengthArgs = {
  scenario?: InputMaybe<ScenarioInput>;
};

/** A page of claims, ordered by id. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims of this page, at most `first` of them. */
  edges: Array<ClaimEdge>;
  /** Whether more claims follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many claims pass the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A claim in a page of `claims`, with its cursor. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque; pass it as `after` to page on from this claim. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** What sort of proposition a claim is. */
export type ClaimKind =
  /** About what is or was the case, e.g. that a prison holds certain people. */
  | 'FACTUAL'
  /** About what the law is or allows, e.g. that a statute permits a transfer. */
  | 'LEGAL'
  /** About what should be done. */
  | 'POLICY'
  /** About what will happen. */
  | 'PREDICTION'
  /** About what is good, just or right. */
  | 'VALUE';

/** A claim of the map that a proposed assertion matches. */
export type ClaimMatch = {
  __typename?: 'ClaimMatch';
  /** The claim. */
  claim: Claim;
  /** Whether the assertion says the same, supports it or attacks it. */
  relation: MatchRelation;
  /** How alike, 0 to 1. */
  score: Scalars['Float']['output'];
};

/** Filters of `claims`; given together, a claim must pass all of them. */
export type ClaimWhere = {
  /** An actor id: claims this actor asserted. */
  assertedBy?: InputMaybe<Scalars['ID']['input']>;
  /** A provision id: claims citing it or any of its parts. */
  cites?: InputMaybe<Scalars['ID']['input']>;
  /** A source id: claims asserted in it. */
  inSource?: InputMaybe<Scalars['ID']['input']>;
  /** An issue id: claims taking a position on it. */
  issue?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims of this kind. */
  kind?: InputMaybe<ClaimKind>;
  /** With `issue` (or alone): the stance taken. */
  stance?: InputMaybe<Stance>;
  /** Case-insensitive substring of the claim's text, up to 500 characters (trimmed; empty means no filter). */
  textContains?: InputMaybe<Scalars['String']['input']>;
};

/** A new actor. Strings are trimmed. */
export type CreateActorInput = {
  /** Role and affiliation as the source gives them, up to 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The id to give it (`actor:` and lowercase words joined by hyphens, at most 120 characters); made from the name when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of actor it is. */
  kind: ActorKind;
  /** The actor's name, 1 to 200 characters. */
  name: Scalars['String']['input'];
};

/** A new argument: premises, and a conclusion claim or (for an undercut) a target argument. Refused: no premises, a premise twice, a claim that is both premise and conclusion, both or neither of `conclusionId` and `targetArgumentId`, an attack kind on a support. */
export type CreateArgumentInput = {
  /** For an attack: REBUT (the default for an attack on a claim), UNDERMINE or UNDERCUT (an attack on an argument); must be absent for a support. */
  attackKind?: InputMaybe<AttackKind>;
  /** The claim concluded (a `claim:` id); absent for an undercut. */
  conclusionId?: InputMaybe<Scalars['ID']['input']>;
  /** The id to give it (`argument:` and lowercase words joined by hyphens, at most 120 characters); made from its kind and conclusion when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Support or attack. */
  kind: ArgumentKind;
  /** The premises (`claim:` ids of existing claims), at least one, each once, in the order they should keep. */
  premiseIds: Array<Scalars['ID']['input']>;
  /** Why the premises bear on the conclusion, up to 2000 characters. */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The name of the argument scheme it follows, up to 120 characters. */
  scheme?: InputMaybe<Scalars['String']['input']>;
  /** For an undercut: the argument attacked (an `argument:` id). */
  targetArgumentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new claim, optionally with its first assertion, citations and positions. Strings are trimmed. */
export type CreateClaimInput = {
  /** Who asserted it first, where and in which words. */
  assertion?: InputMaybe<AssertionFields>;
  /** Provisions it cites, each at most once. */
  citations?: InputMaybe<Array<CitationFields>>;
  /** The id to give it (`claim:` and lowercase words joined by hyphens, at most 120 characters); when absent one is made from the text (`-2`, `-3`... on a clash). A taken id is refused with CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of proposition it is. */
  kind: ClaimKind;
  /** Its stances on issues, one per issue. */
  positions?: InputMaybe<Array<PositionFields>>;
  /** The claim as one neutral sentence, 1 to 500 characters. */
  text: Scalars['String']['input'];
};

/** A new issue. */
export type CreateIssueInput = {
  /** The id to give it (`issue:` and lowercase words joined by hyphens, at most 120 characters); made from the question when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The question, 1 to 500 characters (trimmed). */
  question: Scalars['String']['input'];
};

/** A new, empty map. */
export type CreateMapInput = {
  /** What the map is about, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The map's name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** The slug of the map's id (`map:<slug>`): lowercase words joined by hyphens, at most 60 characters. Made from the name when not given (with `-2`, `-3`, ... when taken); a given slug already taken is refused with CONFLICT. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** PUBLIC unless said. A PRIVATE map exists only for its members and keys. */
  visibility?: InputMaybe<Visibility>;
};

/** A new provision. Strings are trimmed; empty optional ones are left unset. */
export type CreateProvisionInput = {
  /** Standard citation, up to 200 characters. */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** The id to give it (`provision:` and lowercase words joined by hyphens, at most 120 characters); made from the name when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of legal text or rule it is. */
  kind: ProvisionKind;
  /** Its name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** The provision it is part of (a `provision:` id of an existing provision). */
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  /** What it says, in short, up to 2000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** A new source. Strings are trimmed; empty optional ones are left unset. */
export type CreateSourceInput = {
  /** Who wrote it, up to 200 characters. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** The id to give it (`source:` and lowercase words joined by hyphens, at most 120 characters); made from the title when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of text it is. */
  kind: SourceKind;
  /** When it was published. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it, up to 200 characters. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The title as published, 1 to 300 characters. */
  title: Scalars['String']['input'];
  /** Where it can be read: an http or https URL, up to 2000 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Which way `argumentGraph` walks from its root. */
export type Direction =
  /** Both ways (the default). */
  | 'BOTH'
  /** Against the arrows: from a conclusion to the arguments that support or attack it, and on to their premises. */
  | 'INCOMING'
  /** Along the arrows: from a premise to the arguments it serves, and on to what they conclude. */
  | 'OUTGOING';

/** The formats a map can be imported from. */
export type DocumentFormat =
  /** AIFdb JSON: nodes, edges, locutions (and participants). */
  | 'AIF'
  /** Argdown text. */
  | 'ARGDOWN'
  /** An argmap graph document, as `argmap export --format json` writes it. */
  | 'JSON';

/** Two claims of a map that may say the same thing: candidates for `mergeClaims`. */
export type DuplicatePair = {
  __typename?: 'DuplicatePair';
  /** The two claims, in id order. */
  claims: Array<Claim>;
  /** How likely they say the same thing, 0 to 1 (see `SimilarClaim.score`). */
  score: Scalars['Float']['output'];
};

/** A page of a map's duplicate candidates, best first. */
export type DuplicatePairConnection = {
  __typename?: 'DuplicatePairConnection';
  /** The pairs of this page, at most `first` of them. */
  edges: Array<DuplicatePairEdge>;
  /** Whether more pairs follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many pairs reach `minScore`, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One pair in a page of duplicate candidates. */
export type DuplicatePairEdge = {
  __typename?: 'DuplicatePairEdge';
  /** Opaque; pass it as `after` to page on from this pair. */
  cursor: Scalars['String']['output'];
  /** The pair. */
  node: DuplicatePair;
};

/** A page of evaluated claims, ordered by id. */
export type EvaluatedClaimConnection = {
  __typename?: 'EvaluatedClaimConnection';
  /** The claims of this page, at most `first` of them. */
  edges: Array<EvaluatedClaimEdge>;
  /** Whether more claims follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many claims are in scope with the label asked for, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A claim in an evaluation, with where it stands. */
export type EvaluatedClaimEdge = {
  __typename?: 'EvaluatedClaimEdge';
  /** Opaque; pass it as `after` to page on from this claim. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
  /** Where it stands. */
  status: Status;
  /** Its strength in [0, 1] under the quadratic-energy gradual semantics; null when the scenario left it out. */
  strength?: Maybe<Scalars['Float']['output']>;
};

/** The map evaluated under one semantics and one scenario, at the revision it was read. */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** The claims in scope (the issue's positions, the neighbourhood, or the whole map) with where they stand. */
  claims: EvaluatedClaimConnection;
  /** How many claims of the whole map have each label. */
  counts: LabelCounts;
  /** How many extensions the semantics has (counted up to a limit; see `extensionCountExact`). */
  extensionCount: Scalars['Int']['output'];
  /** Whether `extensionCount` is exact or a lower bound. */
  extensionCountExact: Scalars['Boolean']['output'];
  /** The map's revision the evaluation reflects (every committed write moves it on). */
  revision: Scalars['Int']['output'];
  /** The semantics used. */
  semantics: Semantics;
};


/** The map evaluated under one semantics and one scenario, at the revision it was read. */
export type EvaluationClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  label?: InputMaybe<Label>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A claim an explanation mentions. */
export type ExplainedClaim = {
  __typename?: 'ExplainedClaim';
  /** The claim's id. */
  claimId: Scalars['ID']['output'];
  /** Where it stands in the labelling explained. */
  label: Label;
  /** How the sentences name it: its id's words, or the first words of its text; unique in the map. */
  shortLabel: Scalars['String']['output'];
  /** Short names of those who asserted it (a person's surname), as the sentences give them. */
  speakers: Array<Scalars['String']['output']>;
  /** Its full text, as the map evaluated holds it. */
  text: Scalars['String']['output'];
  /** No argument of the map attacks it: where a justification ends. */
  unattacked: Scalars['Boolean']['output'];
};

/** Why an item has its label, in sentences and as the map's arguments that decide it (its justification): the attacks it survives and what defeats each, the support it stands on, down to claims no one attacks; or, when it is rejected, the attacks that stand against it. Claims are named by short labels (`claims` gives each one's full text), with the names of those who asserted them. */
export type Explanation = {
  __typename?: 'Explanation';
  /** Every claim the steps mention (the item first, when it is a claim), with its label in the labelling explained. */
  claims: Array<ExplainedClaim>;
  /** For UNDEC: the ids on the cycle of attacks that leaves it open (claims and arguments). */
  cycle: Array<Scalars['ID']['output']>;
  /** For OUT: the ids of the accepted attackers that defeat it. */
  defeatedBy: Array<Scalars['ID']['output']>;
  /** The label explained. */
  label: Label;
  /** The account: what the item amounts to, then one sentence per step (the `sentence` of each of `steps`, in order), and a last one when `truncated`. */
  sentences: Array<Scalars['String']['output']>;
  /** The arguments of the map that decide the label, the item's own attackers and supports first and the reasons for each after it; each argument once. At most 40 steps, 8 levels deep. */
  steps: Array<ExplanationStep>;
  /** Some reasons lie deeper than the 8 levels or 40 steps the account goes. */
  truncated: Scalars['Boolean']['output'];
};

/** One step of an explanation: an argument of the map, where it stands in the labelling explained, and why. */
export type ExplanationStep = {
  __typename?: 'ExplanationStep';
  /** The argument's id. */
  argumentId: Scalars['ID']['output'];
  /** For an attack: REBUT, UNDERMINE or UNDERCUT. */
  attackKind?: Maybe<AttackKind>;
  /** The claim it supports or attacks; null for an undercut. */
  conclusionId?: Maybe<Scalars['ID']['output']>;
  /** How far from the item explained: 0 for its own attackers and supports. */
  depth: Scalars['Int']['output'];
  /** For an argument OUT because a premise is not accepted: that premise. */
  failedPremiseId?: Maybe<Scalars['ID']['output']>;
  /** SUPPORT or ATTACK. */
  kind: ArgumentKind;
  /** Where the argument stands in the labelling explained. */
  label: Label;
  /** Its premises, in order (several: a linked argument). */
  premiseIds: Array<Scalars['ID']['output']>;
  /** The scenario rejects the argument. */
  rejectedByScenario: Scalars['Boolean']['output'];
  /** The step in words, as in `sentences`. */
  sentence: Scalars['String']['output'];
  /** For an undercut: the argument whose inference it attacks. */
  targetArgumentId?: Maybe<Scalars['ID']['output']>;
  /** For an argument OUT because an undercut stands: that undercut. */
  undercutById?: Maybe<Scalars['ID']['output']>;
};

/** A directed edge of an `ArgumentGraph`. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The edge's id, made of its type and ends: `PREMISE:claim:a->argument:b`. */
  id: Scalars['ID']['output'];
  /** Citation role, stance or affiliation role where the edge has one; null otherwise. */
  label?: Maybe<Scalars['String']['output']>;
  /** The id of the node it starts from. */
  source: Scalars['ID']['output'];
  /** The id of the node it points to. */
  target: Scalars['ID']['output'];
  /** PREMISE (claim to argument), CONCLUSION (argument to claim or argument), ASSERTS (actor to claim or argument), REPORTED_IN (claim or argument to source), CITES (claim to provision), PART_OF (provision to provision), ADDRESSES (claim to issue), AFFILIATED_WITH (actor to actor). */
  type: Scalars['String']['output'];
};

/** A node of an `ArgumentGraph`: a claim, argument, actor, source, provision or issue, flattened for drawing. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** For attacks: REBUT, UNDERMINE or UNDERCUT; null otherwise. */
  attackKind?: Maybe<Scalars['String']['output']>;
  /** Hops from the root, 0 to the `depth` asked for. */
  distance: Scalars['Int']['output'];
  /** The node's id (the same as its `Node.id`). */
  id: Scalars['ID']['output'];
  /** The node's kind (ClaimKind, ArgumentKind, ActorKind, SourceKind, ProvisionKind); null for an issue. */
  kind?: Maybe<Scalars['String']['output']>;
  /** What to write on it: a claim's text, an actor's or provision's name, a source's title, an issue's question, an argument's kind and scheme. */
  label: Scalars['String']['output'];
  /** Claim, Argument, Actor, Source, Provision or Issue. */
  type: Scalars['String']['output'];
};

/** An actor of a graph document. */
export type ImportActor = {
  /** Role and affiliation as the source gives them, up to 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The actor's id (`actor:` and lowercase words joined by hyphens, at most 120 characters); an existing actor with this id is updated. */
  id: Scalars['ID']['input'];
  /** What sort of actor it is. */
  kind: ActorKind;
  /** The actor's name, 1 to 200 characters. */
  name: Scalars['String']['input'];
};

/** An actor's tie to an organisation, in a graph document. */
export type ImportAffiliation = {
  /** The affiliated actor (an `actor:` id, in the document or stored). */
  actorId: Scalars['ID']['input'];
  /** The organisation (an `actor:` id, not `actorId`). */
  organizationId: Scalars['ID']['input'];
  /** The role held, up to 200 characters. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** An argument of a graph document; it follows the rules of `createArgument`. */
export type ImportArgument = {
  /** For an attack: REBUT (the default on a claim), UNDERMINE or UNDERCUT; absent for a support. */
  attackKind?: InputMaybe<AttackKind>;
  /** The claim concluded (a `claim:` id); absent for an undercut. */
  conclusionId?: InputMaybe<Scalars['ID']['input']>;
  /** The argument's id (`argument:` and lowercase words joined by hyphens, at most 120 characters); an existing argument with this id is updated. */
  id: Scalars['ID']['input'];
  /** Support or attack. */
  kind: ArgumentKind;
  /** The premises (`claim:` ids), at least one, each once, in order: a linked argument keeps the order of its premises. */
  premiseIds: Array<Scalars['ID']['input']>;
  /** Why the premises bear on the conclusion, up to 2000 characters. */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The analyst's reconstruction, not an inference a speaker states; the rationale names the passage. Default false. */
  reconstructed?: InputMaybe<Scalars['Boolean']['input']>;
  /** The name of the argument scheme it follows, up to 120 characters. */
  scheme?: InputMaybe<Scalars['String']['input']>;
  /** The AIF scheme id (AIFdb `schemeID`) of an imported argument. */
  schemeId?: InputMaybe<Scalars['String']['input']>;
  /** For an undercut: the argument attacked (an `argument:` id, not this one). */
  targetArgumentId?: InputMaybe<Scalars['ID']['input']>;
};

/** An assertion of a graph document: an actor asserting exactly one claim or argument. */
export type ImportAssertion = {
  /** Who asserted (an `actor:` id). */
  actorId: Scalars['ID']['input'];
  /** The argument asserted (an `argument:` id); give this or `claimId`. */
  argumentId?: InputMaybe<Scalars['ID']['input']>;
  /** The claim asserted (a `claim:` id); give this or `argumentId`. */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** When the actor said it, if known. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The assertion's id (`assertion:` and lowercase words joined by hyphens, at most 120 characters); an existing assertion with this id is updated. */
  id: Scalars['ID']['input'];
  /** The illocution by which it was said (an AIF YA scheme): Asserting, Agreeing, Restating ... */
  illocution?: InputMaybe<Scalars['String']['input']>;
  /** Assertions it replies to in the dialogue (AIF TA transitions), as `assertion:` ids. */
  previousIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The actor's words, verbatim from the source, up to 2000 characters. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Position in its dialogue (1, 2, ...). */
  sequence?: InputMaybe<Scalars['Int']['input']>;
  /** Where it is reported (a `source:` id). */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** A claim citing a provision, in a graph document. */
export type ImportCitation = {
  /** Whose citation it is. Default SPEAKER. */
  attribution?: InputMaybe<CitationAttribution>;
  /** The citing claim (a `claim:` id). */
  claimId: Scalars['ID']['input'];
  /** How the claim reads the provision, up to 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The provision cited (a `provision:` id). */
  provisionId: Scalars['ID']['input'];
  /** What the claim says the provision does to the act. */
  role: CitationRole;
};

/** A claim of a graph document. */
export type ImportClaim = {
  /** The claim's id (`claim:` and lowercase words joined by hyphens, at most 120 characters); an existing claim with this id is updated. */
  id: Scalars['ID']['input'];
  /** What sort of proposition it is. */
  kind: ClaimKind;
  /** The claim as one neutral sentence, 1 to 500 characters. */
  text: Scalars['String']['input'];
};

/** One map to import, with where its assertions are reported. */
export type ImportDocumentInput = {
  /** The whole file: JSON text for JSON and AIF, Argdown text for ARGDOWN; at most the request body limit (2 MiB by default). */
  content: Scalars['String']['input'];
  /** The format of `content`. */
  format: DocumentFormat;
  /** The map's name within the source, part of every id made for it (AIF and Argdown), up to 300 characters. Default: map. */
  map?: InputMaybe<Scalars['String']['input']>;
  /** The Source the map's assertions are reported in, and the base of the ids made for it (AIF and Argdown), up to 300 characters. Default: Imported map. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The kind of that Source. Default: REPORT. */
  sourceKind?: InputMaybe<SourceKind>;
};

/** What an importDocument did. */
export type ImportDocumentResult = {
  __typename?: 'ImportDocumentResult';
  /** Actors in the imported map. */
  actors: Scalars['Int']['output'];
  /** Arguments in the imported map. */
  arguments: Scalars['Int']['output'];
  /** Assertions in the imported map. */
  assertions: Scalars['Int']['output'];
  /** Claims in the imported map. */
  claims: Scalars['Int']['output'];
  /** What the import wrote. */
  result: ImportResult;
  /** What the format holds and argmap cannot (none for JSON), counted by reason. */
  skipped: Array<SkippedCount>;
};

/** An argmap graph document, the shape `argmap export --format json` writes. Every item has its id; references may point at items of the same document or at nodes already stored. An id may appear once per document; the request body may be at most 2 MiB. */
export type ImportGraphInput = {
  /** Actors. */
  actors?: InputMaybe<Array<ImportActor>>;
  /** Ties of actors to organisations. */
  affiliations?: InputMaybe<Array<ImportAffiliation>>;
  /** Arguments. */
  arguments?: InputMaybe<Array<ImportArgument>>;
  /** Assertions. */
  assertions?: InputMaybe<Array<ImportAssertion>>;
  /** Citations of provisions by claims. */
  citations?: InputMaybe<Array<ImportCitation>>;
  /** Claims. */
  claims?: InputMaybe<Array<ImportClaim>>;
  /** Issues. */
  issues?: InputMaybe<Array<ImportIssue>>;
  /** Stances of claims on issues. */
  positions?: InputMaybe<Array<ImportPosition>>;
  /** Provisions. */
  provisions?: InputMaybe<Array<ImportProvision>>;
  /** Sources. */
  sources?: InputMaybe<Array<ImportSource>>;
};

/** An issue of a graph document. */
export type ImportIssue = {
  /** The issue's id (`issue:` and lowercase words joined by hyphens, at most 120 characters); an existing issue with this id is updated. */
  id: Scalars['ID']['input'];
  /** The question, 1 to 500 characters. */
  question: Scalars['String']['input'];
};

/** A claim's stance on an issue, in a graph document. */
export type ImportPosition = {
  /** The claim (a `claim:` id). */
  claimId: Scalars['ID']['input'];
  /** The issue (an `issue:` id). */
  issueId: Scalars['ID']['input'];
  /** How the claim answers the issue's question. */
  stance: Stance;
};

/** A provision of a graph document. */
export type ImportProvision = {
  /** Standard citation, up to 200 characters. */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** The provision's id (`provision:` and lowercase words joined by hyphens, at most 120 characters); an existing provision with this id is updated. */
  id: Scalars['ID']['input'];
  /** What sort of legal text or rule it is. */
  kind: ProvisionKind;
  /** Its name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** The provision it is part of (a `provision:` id, in the document or stored). */
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  /** What it says, in short, up to 2000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** What an import changed, as Neo4j counted it. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Items in the document. */
  items: Scalars['Int']['output'];
  /** Nodes the import created (0 when the document was already stored). */
  nodesCreated: Scalars['Int']['output'];
  /** Properties it wrote. */
  propertiesSet: Scalars['Int']['output'];
  /** Relationships it created. */
  relationshipsCreated: Scalars['Int']['output'];
  /** Relationships it removed (e.g. an argument's old premises). */
  relationshipsDeleted: Scalars['Int']['output'];
};

/** A source of a graph document. */
export type ImportSource = {
  /** Who wrote it, up to 200 characters. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** The source's id (`source:` and lowercase words joined by hyphens, at most 120 characters); an existing source with this id is updated. */
  id: Scalars['ID']['input'];
  /** What sort of text it is. */
  kind: SourceKind;
  /** When it was published. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it, up to 200 characters. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The title as published, 1 to 300 characters. */
  title: Scalars['String']['input'];
  /** Where it can be read: an http or https URL, up to 2000 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The question a debate is about. */
export type Issue = Node & {
  __typename?: 'Issue';
  /** The revisions that changed this issue, oldest first (`last` for the newest). */
  history: RevisionConnection;
  /** The issue's id, e.g. `issue:us-citizens-in-foreign-prisons`. */
  id: Scalars['ID']['output'];
  /** The claims that take a stance on the question, by stance and then claim id: at most 100 of each stance; all of them a page at a time through `claims(where: { issue, stance })`. */
  positions: Array<Position>;
  /** The question, 1 to 500 characters. */
  question: Scalars['String']['output'];
  /** What the map concludes on the issue under each semantics asked for (default all four). */
  verdict: Array<Verdict>;
};


/** The question a debate is about. */
export type IssueHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The question a debate is about. */
export type IssuePositionsArgs = {
  stance?: InputMaybe<Stance>;
};


/** The question a debate is about. */
export type IssueVerdictArgs = {
  scenario?: InputMaybe<ScenarioInput>;
  semantics?: InputMaybe<Array<Semantics>>;
};

/** A page of issues, ordered by id. */
export type IssueConnection = {
  __typename?: 'IssueConnection';
  /** The issues of this page, at most `first` of them. */
  edges: Array<IssueEdge>;
  /** Whether more issues follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many issues there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An issue in a page of `issues`, with its cursor. */
export type IssueEdge = {
  __typename?: 'IssueEdge';
  /** Opaque; pass it as `after` to page on from this issue. */
  cursor: Scalars['String']['output'];
  /** The issue. */
  node: Issue;
};

/** Where an item stands under a semantics. */
export type Label =
  /** Accepted: every attacker is OUT (and, for a supported claim, some support is IN). */
  | 'IN'
  /** Rejected: some attacker is IN (or, for a supported claim, every support is OUT). */
  | 'OUT'
  /** Undecided: left open, by a cycle of attacks or by disagreement between extensions. */
  | 'UNDEC';

/** How many claims have each label. */
export type LabelCounts = {
  __typename?: 'LabelCounts';
  /** Claims IN. */
  in: Scalars['Int']['output'];
  /** Claims OUT. */
  out: Scalars['Int']['output'];
  /** Claims UNDEC. */
  undec: Scalars['Int']['output'];
};

/** One member of a map and their role there. */
export type MapMembership = {
  __typename?: 'MapMembership';
  /** Their role in the map. */
  role: MapRole;
  /** The member. */
  user: User;
};

/** A person's role in one map, each including the ones before it. */
export type MapRole =
  /** Also imports, reverts, renames the map, changes its visibility and manages its members. */
  | 'ADMIN'
  /** Also writes: creates, changes and deletes claims, arguments, actors, sources, provisions, issues and assertions. */
  | 'EDITOR'
  /** Also deletes the map, and makes or unmakes other owners. Whoever creates a map owns it. */
  | 'OWNER'
  /** Reads the map (what matters for a private map). */
  | 'VIEWER';

/** How a proposed assertion bears on a claim the map already holds. */
export type MatchRelation =
  /** It speaks against the claim. */
  | 'ATTACKS'
  /** It says the same as the claim: accept it with `sameAsClaimId` to assert that claim instead of a new one. */
  | 'SAME'
  /** It gives a reason for the claim. */
  | 'SUPPORTS';

/** An actor's tie to an organisation, seen from the organisation. */
export type Membership = {
  __typename?: 'Membership';
  /** The affiliated actor. */
  person: Actor;
  /** The role held, as the source gives it, up to 200 characters; null when not given. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Writes the given items of a proposal into its map in one revision: new actors, the proposal's new source (once), new claims or the SAME claims picked, the assertions with their quotes, and the links asked for. All or nothing: an item accepted or rejected before (CONFLICT), an item of another proposal (BAD_USER_INPUT) or a reference that does not hold writes nothing. */
  acceptProposedAssertions: AcceptProposedAssertionsResult;
  /** Records that an actor asserted a claim or an argument. Returns the assertion; NOT_FOUND when the actor, claim, argument or source does not exist. */
  addAssertion: Assertion;
  /** Makes a claim cite a provision, or changes the role and note of an existing citation. Returns the citation. */
  citeProvision: Citation;
  /** Creates an actor. Returns it. */
  createActor: Actor;
  /** Creates an argument. Returns it; NOT_FOUND when a premise, the conclusion or the target does not exist. */
  createArgument: Argument;
  /** Creates a claim, optionally with a first assertion, citations and positions, in one transaction. Returns the claim. */
  createClaim: Claim;
  /** Creates an issue. Returns it. */
  createIssue: Issue;
  /** Creates an empty map, owned by the user who creates it (any signed-in user, or a key with the write role that is not scoped to one map). */
  createMap: ArgumentMap;
  /** Creates a provision. Returns it; NOT_FOUND when `partOfId` names no provision. */
  createProvision: Provision;
  /** Creates a source. Returns it. */
  createSource: Source;
  /** Deletes an actor. Refused with CONFLICT while it made assertions, has affiliations or members, unless `cascade`. Returns the id; NOT_FOUND when there is none (or it was deleted already). */
  deleteActor: Scalars['ID']['output'];
  /** Deletes an argument with its assertions and the undercuts aimed at it (with theirs). Returns the id. */
  deleteArgument: Scalars['ID']['output'];
  /** Deletes an assertion (assertions replying to it lose that link; nothing else depends on it). Returns the id; NOT_FOUND when there is none (or it was deleted already). */
  deleteAssertion: Scalars['ID']['output'];
  /** Deletes the claim with its assertions, citations and positions, and the arguments left without premises or conclusion. Returns the id. */
  deleteClaim: Scalars['ID']['output'];
  /** Deletes an issue. Refused with CONFLICT while claims take positions on it, unless `cascade`. Returns the id; NOT_FOUND when there is none (or it was deleted already). */
  deleteIssue: Scalars['ID']['output'];
  /** Deletes a map with everything in it (its nodes, revisions, history and members). `map:default` cannot be deleted. Needs the OWNER role in the map (an admin key has it). */
  deleteMap: Scalars['ID']['output'];
  /** Deletes a provision. Refused with CONFLICT while claims cite it or it has parts, unless `cascade`. Returns the id; NOT_FOUND when there is none (or it was deleted already). */
  deleteProvision: Scalars['ID']['output'];
  /** Deletes a source. Refused with CONFLICT while assertions are reported in it, unless `cascade`. Returns the id; NOT_FOUND when there is none (or it was deleted already). */
  deleteSource: Scalars['ID']['output'];
  /**
   * Imports one map in argmap JSON, AIF or Argdown through the same checks and import as
   * importGraph: one transaction, all or nothing, idempotent (ids come from source, map and the file's own ids).
   */
  importDocument: ImportDocumentResult;
  /** Imports a graph document in one transaction: all or nothing, idempotent by id. Returns what it changed. */
  importGraph: ImportResult;
  /** Merges actors that are one person or body into one, the survivor, and returns it, as one revision (one `revert` undoes it). The merged actors' assertions become the survivor's, and so do their affiliations in both directions. What would become duplicate collapses: an affiliation the survivor has already (with the same actor, the same way) keeps the survivor's role; among the merged actors, the first in `fromIds` wins; an affiliation between the survivor and a merged actor, which would join the survivor to itself, is dropped. The merged actors are deleted, but their ids keep naming the survivor: `node`, `actor` and `nodes` answer it, `Actor.mergedFrom` lists them, and no new node may take them. */
  mergeActors: Actor;
  /** Merges claims that say the same thing into one, the survivor, and returns it, as one revision (one `revert` undoes it). Everything that pointed at a merged claim points at the survivor: its assertions, the arguments it is a premise of (it takes the merged claim's place in the premise order; an argument that had both keeps it once, at the earlier place) or that conclude in it, its citations and its positions. What would become duplicate collapses: a provision the survivor cites already keeps the survivor's citation (role and note), an issue it takes a stance on keeps the survivor's stance; among the merged claims, the first in `fromIds` wins. Two arguments that become alike (same kind, premises and conclusion) stay two. Refused with BAD_USER_INPUT, nothing written, when an argument would conclude in its own premise (the message names it). The merged claims are deleted, but their ids keep naming the survivor: `node`, `claim` and `nodes` answer it, `Claim.mergedFrom` lists them, and no new node may take them. Evaluation sees the survivor alone, as if the claims had always been one. */
  mergeClaims: Claim;
  /** Reads a text and stores what it proposes: quotes with their speakers, a claim for each and the map's claims it matches. Nothing enters the map until accepted. BAD_USER_INPUT for an empty or too long text, binary content, or a language other than English; nothing is stored then. */
  proposeFromText: Proposal;
  /** Marks items of a proposal as rejected: they will not enter the map. CONFLICT for an item reviewed before; BAD_USER_INPUT for one of another proposal. Returns the proposal. */
  rejectProposedAssertions: Proposal;
  /** Takes a claim's citation of a provision away. Returns the claim; NOT_FOUND when it does not cite the provision (or the citation was removed already). */
  removeCitation: Claim;
  /** Takes a user's role in a map away (ADMIN; an OWNER's takes an OWNER): they lose access to a private map on their next request. False when they had no role. The last owner cannot be removed (CONFLICT). */
  removeMembership: Scalars['Boolean']['output'];
  /** Takes a claim's position on an issue away. Returns the claim; NOT_FOUND when it takes none there (or it was removed already). */
  removePosition: Claim;
  /** Undoes a revision: every node it changed is put back as it was before it, as a new revision. CONFLICT when later revisions changed the same nodes (or made items pointing at nodes the revert would delete), unless `force`. An EDITOR may revert a revision they wrote themselves (the same user, or the same key); another's revision, or `force`, needs ADMIN (FORBIDDEN names the role). */
  revert: RevertResult;
  /** Gives a user a role in a map, or changes it (ADMIN; making or unmaking an OWNER takes an OWNER). The user must have signed in once. The last owner cannot be demoted (CONFLICT). */
  setMembership: MapMembership;
  /** Sets (or changes) the claim's stance on the issue. Returns the position. */
  setPosition: Position;
  /** Corrects an actor's name, kind or description. Returns the actor; NOT_FOUND when there is none with this id. */
  updateActor: Actor;
  /** Changes an argument in place, keeping its id, history and assertions: its kind, attack kind, scheme, rationale, premises (in order), conclusion or target. Returns the argument; NOT_FOUND when there is none with this id. */
  updateArgument: Argument;
  /** Corrects an assertion: its speaker (a quote given to the wrong actor), source, quote or date. Returns the assertion; BAD_USER_INPUT when the actor or source is not in its map. */
  updateAssertion: Assertion;
  /** Changes the role or note of a claim's citation of a provision. Returns the citation; NOT_FOUND when the claim does not cite the provision. */
  updateCitation: Citation;
  /** Changes a claim's text or kind. Returns the claim; NOT_FOUND when there is none with this id. */
  updateClaim: Claim;
  /** Rewords an issue's question. Returns the issue; NOT_FOUND when there is none with this id. */
  updateIssue: Issue;
  /** Changes a map's name, description or visibility (only the fields given change). Needs the ADMIN role in the map. */
  updateMap: ArgumentMap;
  /** Corrects a provision, or moves it under another. Returns the provision; BAD_USER_INPUT when the new parent is not in its map or is one of its own parts. */
  updateProvision: Provision;
  /** Corrects a source's title, kind, publisher, author, date or URL. Returns the source; NOT_FOUND when there is none with this id. */
  updateSource: Source;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationAcceptProposedAssertionsArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  items: Array<AcceptItemInput>;
  proposalId: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationAddAssertionArgs = {
  input: AddAssertionInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationCiteProvisionArgs = {
  input: CiteProvisionInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationCreateActorArgs = {
  input: CreateActorInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationCreateArgumentArgs = {
  input: CreateArgumentInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationCreateClaimArgs = {
  input: CreateClaimInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationCreateIssueArgs = {
  input: CreateIssueInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationCreateMapArgs = {
  input: CreateMapInput;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationCreateProvisionArgs = {
  input: CreateProvisionInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationCreateSourceArgs = {
  input: CreateSourceInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationDeleteActorArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationDeleteArgumentArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationDeleteAssertionArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationDeleteClaimArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationDeleteIssueArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationDeleteMapArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationDeleteProvisionArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationDeleteSourceArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationImportDocumentArgs = {
  input: ImportDocumentInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationImportGraphArgs = {
  input: ImportGraphInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationMergeActorsArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  fromIds: Array<Scalars['ID']['input']>;
  intoId: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationMergeClaimsArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  fromIds: Array<Scalars['ID']['input']>;
  intoId: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationProposeFromTextArgs = {
  input: ProposeFromTextInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationRejectProposedAssertionsArgs = {
  ids: Array<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationRemoveCitationArgs = {
  claimId: Scalars['ID']['input'];
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  provisionId: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationRemoveMembershipArgs = {
  mapId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationRemovePositionArgs = {
  claimId: Scalars['ID']['input'];
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  issueId: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationRevertArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  revision: Scalars['Int']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationSetMembershipArgs = {
  mapId: Scalars['ID']['input'];
  role: MapRole;
  userId: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationSetPositionArgs = {
  input: SetPositionInput;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationUpdateActorArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateActorInput;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationUpdateArgumentArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateArgumentInput;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationUpdateAssertionArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateAssertionInput;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationUpdateCitationArgs = {
  claimId: Scalars['ID']['input'];
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: UpdateCitationInput;
  provisionId: Scalars['ID']['input'];
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationUpdateClaimArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateClaimInput;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationUpdateIssueArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateIssueInput;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationUpdateMapArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMapInput;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationUpdateProvisionArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateProvisionInput;
};


/** Writes. Every mutation needs a user's token or an API key (`Authorization: Bearer <token or key>`) and a role in the map it writes to: EDITOR for edits; ADMIN for imports, reverts, map settings and members; OWNER to delete a map (FORBIDDEN names the role). A refused write changes nothing. */
export type MutationUpdateSourceArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateSourceInput;
};

/** Anything with a stable, readable id such as `claim:citizens-cannot-be-deported`: claims, arguments, actors, sources, provisions, assertions and issues, revisions, and the maps themselves (`map:default`). */
export type Node = {
  /** The node's id: its type as prefix (`claim:`, `argument:`, `actor:`, `source:`, `provision:`, `assertion:`, `issue:`) and lowercase words joined by hyphens, at most 120 characters. */
  id: Scalars['ID']['output'];
};

/** A node's stored state at one revision: its properties and its outgoing relationships. */
export type NodeState = {
  __typename?: 'NodeState';
  /** Its properties, by key. */
  properties: Array<PropertyValue>;
  /** Its outgoing relationships (each relationship is kept with the node it starts from), by type and end. */
  relationships: Array<RelationshipState>;
};

/** Where a page of a connection stands in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page: with `first`, whether more than `first` items follow `after`; with `before`, also whether any item is at or after `before`. Pass `endCursor` as `after` to get them. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page: with `last`, whether more than `last` items precede `before`; with `after`, also whether any item is at or before `after`. Pass `startCursor` as `before` (with `last`) to get them. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first item; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A claim's stance on an issue; at most one per claim and issue. */
export type Position = {
  __typename?: 'Position';
  /** The claim taking the stance. */
  claim: Claim;
  /** The issue. */
  issue: Issue;
  /** How the claim answers the issue's question. */
  stance: Stance;
};

/** An issue a new claim takes a position on. */
export type PositionFields = {
  /** The issue (an `issue:` id of an existing issue). */
  issueId: Scalars['ID']['input'];
  /** The stance the claim takes on the issue's question. */
  stance: Stance;
};

/** Where a position on an issue stands. */
export type PositionVerdict = {
  __typename?: 'PositionVerdict';
  /** The position. */
  position: Position;
  /** Where its claim stands. */
  status: Status;
};

/** One property of a stored node or relationship. */
export type PropertyValue = {
  __typename?: 'PropertyValue';
  /** The property's name. */
  key: Scalars['String']['output'];
  /** Its value as JSON text: a string in quotes, a number, a date or date-time as an ISO string, a list. */
  value: Scalars['String']['output'];
};

/** A draft of assertions read from a new text by `proposeFromText`: kept beside the map, not in it. Nothing of it is in the map's lists, search, evaluation, exports or events until its items are accepted with `acceptProposedAssertions`. Its id is `proposal:` and a random key; `node(id:)` finds it for those who may read its map. */
export type Proposal = Node & {
  __typename?: 'Proposal';
  /** Who asked for it, as revisions name their author (never a token or key). */
  author?: Maybe<Author>;
  /** When the text was read. */
  createdAt: Scalars['DateTime']['output'];
  /** `proposal:` and a random key. */
  id: Scalars['ID']['output'];
  /** The proposed assertions, in the order their quotes appear in the text. */
  items: Array<ProposedAssertion>;
  /** Supports and attacks the text itself draws between its items. */
  links: Array<ProposedLink>;
  /** The map the proposal is for. */
  mapId: Scalars['ID']['output'];
  /** The source the text comes from, when one was named: its assertions are reported in it once accepted. */
  source?: Maybe<ProposedSource>;
  /** PENDING while any item is; then ACCEPTED when some item was accepted, REJECTED when none was. */
  status: ProposalStatus;
  /** The text as read (for HTML, its text): each item's `start` and `end` count characters in it. */
  text: Scalars['String']['output'];
};

/** A page of proposals, oldest first. */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** The proposals of this page. */
  edges: Array<ProposalEdge>;
  /** Whether more proposals follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many proposals there are (with the status asked for), across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A proposal in a page of `proposals`, with its cursor. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Opaque; pass it as `after` to page on from this proposal. */
  cursor: Scalars['String']['output'];
  /** The proposal. */
  node: Proposal;
};

/** Where a proposal, or one of its items, stands in review. */
export type ProposalStatus =
  /** Written into the map. A proposal is ACCEPTED once none of its items is pending and at least one was accepted. */
  | 'ACCEPTED'
  /** Not reviewed yet. A proposal is PENDING while any of its items is. */
  | 'PENDING'
  /** Left out of the map. A proposal is REJECTED once every item was rejected (or when it found nothing). */
  | 'REJECTED';

/** A text to read for assertions. Give the source it comes from as `sourceId` (an existing one of the map) or `source` (a new one, created when the first item is accepted), or neither. */
export type ProposeFromTextInput = {
  /** PLAIN (the default) or HTML. */
  format?: InputMaybe<TextFormat>;
  /** A new source the text comes from: created with the first accepted item. Its author (or else its publisher) is proposed as the speaker of what the text says in its own voice. */
  source?: InputMaybe<CreateSourceInput>;
  /** An existing source of the map the text comes from. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The text, 1 to 200,000 characters (after HTML is reduced to text); English only; no binary content (NUL or other control characters). */
  text: Scalars['String']['input'];
};

/** One proposed assertion: who said which words of the text, the claim they make, and the claims of the map it matches. */
export type ProposedAssertion = {
  __typename?: 'ProposedAssertion';
  /** The assertion written when it was accepted; null before (and when the assertion was deleted since). */
  assertion?: Maybe<Assertion>;
  /** A proposed neutral one-sentence claim. */
  claimText: Scalars['String']['output'];
  /** Where the quote ends in the proposal's text (exclusive): `text.slice(start, end)` is `quote`. */
  end: Scalars['Int']['output'];
  /** The item's id: the proposal's id, `#` and its number (e.g. `proposal:k3x9#2`). */
  id: Scalars['ID']['output'];
  /** The kind of claim proposed. */
  kind: ClaimKind;
  /** Claims of the map it matches, best first (claims deleted since are left out). */
  matches: Array<ClaimMatch>;
  /** The speaker's words, verbatim. */
  quote: Scalars['String']['output'];
  /** Who said it: an actor of the map, or a new name; once accepted, as accepted (with the actor written). */
  speaker: ProposedSpeaker;
  /** Where the quote starts in the proposal's text (a character offset, from 0). */
  start: Scalars['Int']['output'];
  /** Whether it was accepted, rejected, or waits. */
  status: ProposalStatus;
};

/** A support or attack the text draws between two of its proposed assertions. */
export type ProposedLink = {
  __typename?: 'ProposedLink';
  /** The item whose claim is supported or attacked. */
  conclusion: ProposedAssertion;
  /** SUPPORT or ATTACK. */
  kind: ArgumentKind;
  /** The item whose claim gives the reason (or the attack). */
  premise: ProposedAssertion;
  /** How sure, 0 to 1. */
  score: Scalars['Float']['output'];
};

/** The source of a proposal: an existing one of the map, or one to be created when the first item is accepted. */
export type ProposedSource = {
  __typename?: 'ProposedSource';
  /** Who wrote it. */
  author?: Maybe<Scalars['String']['output']>;
  /** What sort of text it is. */
  kind: SourceKind;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['Date']['output']>;
  /** Who published it. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The source in the map: the one `sourceId` named, or the one made from `source` once an item was accepted; null until then. */
  source?: Maybe<Source>;
  /** The title, as given or as the existing source has it. */
  title: Scalars['String']['output'];
  /** Where it can be read. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Who a proposed assertion is attributed to. */
export type ProposedSpeaker = {
  __typename?: 'ProposedSpeaker';
  /** The actor of the map it is the same person or body as; null for a new one. */
  actor?: Maybe<Actor>;
  /** How sure the attribution is, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The role and affiliation the text gives, if any. */
  description?: Maybe<Scalars['String']['output']>;
  /** The kind of actor proposed. */
  kind: ActorKind;
  /** The name as the text gives it (for a new actor, its proposed name). */
  name: Scalars['String']['output'];
};

/** A legal or constitutional provision: a constitution, article, amendment, clause, doctrine, statute, treaty, regulation, case or program. Provisions nest (`partOf`): a clause of an amendment of a constitution. */
export type Provision = Node & {
  __typename?: 'Provision';
  /** Standard citation, e.g. `U.S. Const. amend. VIII`, up to 200 characters; null when none. */
  citation?: Maybe<Scalars['String']['output']>;
  /** Citations of this provision by claims, by claim id: at most 100; the claims citing it (or its parts) a page at a time through `claims(where: { cites })`. */
  citedBy: Array<Citation>;
  /** The revisions that changed this provision, oldest first (`last` for the newest). */
  history: RevisionConnection;
  /** The provision's id, e.g. `provision:eighth-amendment`. */
  id: Scalars['ID']['output'];
  /** What sort of legal text or rule it is. */
  kind: ProvisionKind;
  /** Its name, 1 to 200 characters, e.g. `Eighth Amendment`. */
  name: Scalars['String']['output'];
  /** The provision this one is part of; null for a whole text. */
  partOf?: Maybe<Provision>;
  /** The provisions that are part of this one, by id. */
  parts: Array<Provision>;
  /** What it says, in short, up to 2000 characters; null when none. */
  summary?: Maybe<Scalars['String']['output']>;
};


/** A legal or constitutional provision: a constitution, article, amendment, clause, doctrine, statute, treaty, regulation, case or program. Provisions nest (`partOf`): a clause of an amendment of a constitution. */
export type ProvisionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of provisions, ordered by id. */
export type ProvisionConnection = {
  __typename?: 'ProvisionConnection';
  /** The provisions of this page, at most `first` of them. */
  edges: Array<ProvisionEdge>;
  /** Whether more provisions follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many provisions pass the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A provision in a page of `provisions`, with its cursor. */
export type ProvisionEdge = {
  __typename?: 'ProvisionEdge';
  /** Opaque; pass it as `after` to page on from this provision. */
  cursor: Scalars['String']['output'];
  /** The provision. */
  node: Provision;
};

/** What sort of legal text or rule a provision is. */
export type ProvisionKind =
  /** An amendment of a constitution. */
  | 'AMENDMENT'
  /** An article of a constitution or treaty. */
  | 'ARTICLE'
  /** A court decision relied on as precedent. */
  | 'CASE'
  /** A clause of an article or amendment, e.g. the Cruel and Unusual Punishments Clause. */
  | 'CLAUSE'
  /** A whole constitution, e.g. the U.S. Constitution. */
  | 'CONSTITUTION'
  /** A doctrine courts have drawn from the law. */
  | 'DOCTRINE'
  /** A government program. */
  | 'PROGRAM'
  /** A regulation or executive rule. */
  | 'REGULATION'
  /** A statute or a section of one. */
  | 'STATUTE'
  /** A treaty or convention. */
  | 'TREATY';

/** Filters of `provisions`; given together, a provision must pass both. */
export type ProvisionWhere = {
  /** Only provisions of this kind. */
  kind?: InputMaybe<ProvisionKind>;
  /** Case-insensitive substring of the provision's name, up to 200 characters (trimmed; empty means no filter). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type Query = {
  __typename?: 'Query';
  /** An actor by id; null when none has this id. */
  actor?: Maybe<Actor>;
  /** Actors passing the filters, a page at a time, ordered by id. */
  actors: ActorConnection;
  /** An argument by id; null when none has this id. */
  argument?: Maybe<Argument>;
  /** Support and attack paths from one claim to another, shortest first, each claim at most once per chain. */
  argumentChains: Array<ArgumentChain>;
  /** The neighbourhood of a claim, argument, actor, provision, source or issue, up to `depth` hops and at most `limit` nodes, nearest first (`truncated` says whether some were left out). NOT_FOUND when the root does not exist. */
  argumentGraph: ArgumentGraph;
  /** An assertion by id; null when none has this id. */
  assertion?: Maybe<Assertion>;
  /** A claim by id; null when none has this id. */
  claim?: Maybe<Claim>;
  /** Claims passing the filters, a page at a time, ordered by id. */
  claims: ClaimConnection;
  /** The map's current revision: 0 before the first write. */
  currentRevision: Scalars['Int']['output'];
  /** Pairs of claims of a map that may say the same thing, best first (each pair once): what to look at for merging. Computed for maps of up to 1000 claims (larger maps are refused with QUERY_TOO_COMPLEX: ask `Claim.similar` of the claims at hand) and kept per map revision. */
  duplicateCandidates: DuplicatePairConnection;
  /** The whole map evaluated, reporting the claims of one issue (`issueId`), of one neighbourhood (`rootId`, `depth`) or of the whole map. Labels are always those of the whole map: evaluation is global. */
  evaluation: Evaluation;
  /** An issue by id; null when none has this id. */
  issue?: Maybe<Issue>;
  /** All issues, a page at a time, ordered by id. */
  issues: IssueConnection;
  /** One map by id (`map:<slug>`); null when there is none, or it is private and the request is no member of it. */
  map?: Maybe<ArgumentMap>;
  /** The maps the request may see, by id: the public ones, and the private ones it is a member (or key) of. */
  maps: ArgumentMapConnection;
  /** The user the request's token names; null without a token (anonymously, or with an API key). */
  me?: Maybe<User>;
  /** Any node by id: a claim, argument, actor, source, provision, assertion or issue, a revision, a map, or the request's own user; null when none has this id (or it is in a private map the request may not see). */
  node?: Maybe<Node>;
  /** Several nodes by id, in the order asked; null where an id does not exist. At most 100 ids. */
  nodes: Array<Maybe<Node>>;
  /** The proposals of a map (drafts from `proposeFromText`), oldest first. */
  proposals: ProposalConnection;
  /** A provision by id; null when none has this id. */
  provision?: Maybe<Provision>;
  /** Provisions passing the filters, a page at a time, ordered by id. */
  provisions: ProvisionConnection;
  /** The map's revisions, oldest first, optionally only those that changed one node, made with one key, or made in a time range. */
  revisions: RevisionConnection;
  /** Full-text search over claims, quotes, actors and provisions, best first. Accepts plain words; British and American spellings match each other (denaturalise / denaturalize). */
  search: Array<SearchHit>;
  /** The claims of a map most likely to say the same thing as a text, best first: possible duplicates of a claim being written. */
  similarClaims: Array<SimilarClaim>;
  /** A source by id; null when none has this id. */
  source?: Maybe<Source>;
  /** All sources, a page at a time, ordered by id. */
  sources: SourceConnection;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<ActorWhere>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryArgumentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryArgumentChainsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  atRevision?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  mapId?: InputMaybe<Scalars['ID']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryArgumentGraphArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  atRevision?: InputMaybe<Scalars['Int']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<Direction>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  rootId: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryAssertionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryClaimArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  atRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  atRevision?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<ClaimWhere>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryCurrentRevisionArgs = {
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryDuplicateCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryEvaluationArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  atRevision?: InputMaybe<Scalars['Int']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  issueId?: InputMaybe<Scalars['ID']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  rootId?: InputMaybe<Scalars['ID']['input']>;
  scenario?: InputMaybe<ScenarioInput>;
  semantics?: InputMaybe<Semantics>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryIssueArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryMapArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryMapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ProposalStatus>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryProvisionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryProvisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  where?: InputMaybe<ProvisionWhere>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QueryRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyName?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QuerySearchArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  atRevision?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QuerySimilarClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Public maps are read by anyone without a token or key; a private map only by its members and keys (to anyone else it does not exist). All are bounded: pages hold at most 100 items, an operation's cost at most 20,000 (see the README's "Query cost"). */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
};

/** One outgoing relationship of a stored node. */
export type RelationshipState = {
  __typename?: 'RelationshipState';
  /** Its properties (a citation's role and note, a position's stance, a premise's order). */
  properties: Array<PropertyValue>;
  /** The node it points at. */
  to: Scalars['ID']['output'];
  /** Its type: `PREMISE`, `CONCLUSION`, `BY`, `OF`, `IN`, `CITES`, `PART_OF`, `AFFILIATED_WITH`, `ADDRESSES` or `REPLIES_TO`. */
  type: Scalars['String']['output'];
};

/** The outcome of a revert. */
export type RevertResult = {
  __typename?: 'RevertResult';
  /** The nodes it put back. */
  nodeIds: Array<Scalars['ID']['output']>;
  /** The revision it undid. */
  reverted: Scalars['Int']['output'];
  /** The new revision the revert committed as. */
  revision: Scalars['Int']['output'];
};

/** One committed write: a mutation, or one batch of an import. Revisions are numbered per map, in the order they committed; a write that changed nothing makes none. */
export type Revision = Node & {
  __typename?: 'Revision';
  /** When it committed. */
  at: Scalars['DateTime']['output'];
  /** Who made it. Revisions written before authors were recorded name a key, or the service when their `keyName` is `system`. */
  author: Author;
  /** Each node's state before and after, by node id: at most `first` of them (1 to 100, default 20); only `nodeId`'s when given. */
  changes: Array<Change>;
  /** `revision:`, the map's slug and its number, e.g. `revision:birthright-citizenship:42` (`revision:42` in `map:default`): refetch it with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The name of the user or API key that made it (`system` for the service's own loading and the command line); never a token or a key. See `author`. */
  keyName: Scalars['String']['output'];
  /** The map the revision belongs to. */
  mapId: Scalars['ID']['output'];
  /** The ids of the nodes it changed (created, changed or deleted), by id. */
  nodeIds: Array<Scalars['ID']['output']>;
  /** What made it: the mutation's name (`createClaim`, `revert`, ...), or `seed`, `import`, `generate` from the command line. */
  operation: Scalars['String']['output'];
  /** Its number: higher is later. Pass it to `atRevision`, `afterRevision`, `expectedRevision` or `revert`. */
  revision: Scalars['Int']['output'];
};


/** One committed write: a mutation, or one batch of an import. Revisions are numbered per map, in the order they committed; a write that changed nothing makes none. */
export type RevisionChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of revisions, oldest first (`last` gives the newest). */
export type RevisionConnection = {
  __typename?: 'RevisionConnection';
  /** The revisions of this page. */
  edges: Array<RevisionEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many revisions the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A revision in a page of revisions, with its cursor. */
export type RevisionEdge = {
  __typename?: 'RevisionEdge';
  /** Where this edge is: pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The revision. */
  node: Revision;
};

/** A what-if: the map evaluated as it would stand without some actors, sources or items, or with some claims or arguments assumed or rejected. The stored map does not change. An item goes when it has assertions and all of them are excluded; items nobody asserted stay. */
export type ScenarioInput = {
  /** Take these claims or arguments as accepted: nothing attacks them and they need no support (at most 100). */
  assumeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Leave out what only these actors asserted (`actor:` ids, at most 100). */
  excludeActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Leave out these claims, arguments or assertions (at most 100). */
  excludeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Leave out what is reported only in these sources (`source:` ids, at most 100). */
  excludeSourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Take these claims or arguments as rejected (at most 100). */
  rejectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One result of `search`. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matching claim, assertion, actor or provision. */
  node: Node;
  /** How well the node matches, higher is better (Lucene's score; comparable only within one search). */
  score: Scalars['Float']['output'];
  /** The text that matched: a claim's text, a quote, a name. */
  snippet?: Maybe<Scalars['String']['output']>;
};

/** The semantics by which arguments are evaluated (Dung 1995; Baroni, Caminada & Giacomin 2011). See docs/evaluation.md for how the map becomes a framework. */
export type Semantics =
  /** Every complete labelling; an item is IN when IN in all of them (the same as grounded). */
  | 'COMPLETE'
  /** The sceptical, unique labelling: only what every reasonable position must accept is IN. */
  | 'GROUNDED'
  /** The maximal admissible positions; IN when IN in every one, OUT when OUT in every one, else UNDEC. */
  | 'PREFERRED'
  /** The positions that attack everything they leave out; when there is none, everything is UNDEC. */
  | 'STABLE';

/** A claim's stance on an issue. */
export type SetPositionInput = {
  /** The claim (a `claim:` id of an existing claim). */
  claimId: Scalars['ID']['input'];
  /** The issue (an `issue:` id of an existing issue). */
  issueId: Scalars['ID']['input'];
  /** How the claim answers the issue's question. */
  stance: Stance;
};

/** A claim of the same map that may say the same thing as a claim or a text, with how likely it does. */
export type SimilarClaim = {
  __typename?: 'SimilarClaim';
  /** The similar claim. */
  claim: Claim;
  /** How likely the two say the same thing, from 0 (nothing in common) to 1 (the same words): a weighted overlap of their words and spelling, lowered when one denies what the other says. Word rarity is learnt from the claims compared, so scores compare best within one answer. */
  score: Scalars['Float']['output'];
};

/** How often one reason kept a node or edge of the file out of the graph. */
export type SkippedCount = {
  __typename?: 'SkippedCount';
  /** How many items this reason kept out. */
  count: Scalars['Int']['output'];
  /** Why the items were not carried over. */
  reason: Scalars['String']['output'];
};

/** A text in which assertions are reported: an article, a statement, a court opinion, a post. */
export type Source = Node & {
  __typename?: 'Source';
  /** The assertions it reports, by id: at most 100; the rest (and `totalCount`) through `assertionsConnection`. */
  assertions: Array<Assertion>;
  /** The same assertions as `assertions`, a page at a time, ordered by id. */
  assertionsConnection: AssertionConnection;
  /** Who wrote it, up to 200 characters; null when not known. */
  author?: Maybe<Scalars['String']['output']>;
  /** The revisions that changed this source, oldest first (`last` for the newest). */
  history: RevisionConnection;
  /** The source's id, e.g. `source:bbc-report-deporting-us-citizens`. */
  id: Scalars['ID']['output'];
  /** What sort of text it is. */
  kind: SourceKind;
  /** When it was published; null when not known. */
  publishedAt?: Maybe<Scalars['Date']['output']>;
  /** Who published it (e.g. a newspaper), up to 200 characters; null when not known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The title as published, 1 to 300 characters. */
  title: Scalars['String']['output'];
  /** Where it can be read: an http or https URL up to 2000 characters; null when not known. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A text in which assertions are reported: an article, a statement, a court opinion, a post. */
export type SourceAssertionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A text in which assertions are reported: an article, a statement, a court opinion, a post. */
export type SourceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sources, ordered by id. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The sources of this page, at most `first` of them. */
  edges: Array<SourceEdge>;
  /** Whether more sources follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many sources there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A source in a page of `sources`, with its cursor. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Opaque; pass it as `after` to page on from this source. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/** What sort of text a source is. */
export type SourceKind =
  /** A court's opinion or order. */
  | 'COURT_OPINION'
  /** A news report. */
  | 'NEWS'
  /** An opinion piece or column. */
  | 'OPINION'
  /** A report by an agency, organisation or researcher. */
  | 'REPORT'
  /** A post on a social network. */
  | 'SOCIAL_POST'
  /** An official statement, press release or testimony. */
  | 'STATEMENT';

/** The stance a claim takes on an issue's question. */
export type Stance =
  /** Answers the issue's question no. */
  | 'CON'
  /** Bears on the question without answering it. */
  | 'NEUTRAL'
  /** Answers the issue's question yes. */
  | 'PRO';

/** Where a claim or argument stands under a semantics and a scenario. */
export type Status = {
  __typename?: 'Status';
  /** Some extension accepts it. */
  credulous: Scalars['Boolean']['output'];
  /** The scenario left it out (then it is OUT and accepted nowhere). */
  excluded: Scalars['Boolean']['output'];
  /** IN, OUT or UNDEC: for semantics with several extensions, IN when IN in every one, OUT when OUT in every one. */
  label: Label;
  /** Every extension accepts it (false when there is no extension). */
  sceptical: Scalars['Boolean']['output'];
};

/** Live changes, over Server-Sent Events or WebSocket. */
export type Subscription = {
  __typename?: 'Subscription';
  /** The map's changes as they commit, each with its revision: every change, or those of one node (`nodeId`), of a neighbourhood (`rootId` and `depth`, as `argumentGraph` walks it) or of an issue's map (`issueId`: its positions and their neighbourhoods to depth 3). With `afterRevision`, first the changes made after that revision (from the revision log), then live ones: a client that reconnects with the last revision it saw misses nothing. Over Server-Sent Events (`Accept: text/event-stream`) or WebSocket (graphql-ws protocol) at /graphql. */
  changes: ChangeEvent;
};


/** Live changes, over Server-Sent Events or WebSocket. */
export type SubscriptionChangesArgs = {
  afterRevision?: InputMaybe<Scalars['Int']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  issueId?: InputMaybe<Scalars['ID']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  rootId?: InputMaybe<Scalars['ID']['input']>;
};

/** How the text given to `proposeFromText` is written. */
export type TextFormat =
  /** An HTML page or fragment: reduced to its text (markup, scripts and styles dropped, entities decoded) before it is read; offsets count in that text. */
  | 'HTML'
  /** Plain text, read as it is. */
  | 'PLAIN';

/** Changes to an actor: give at least one field. Strings are trimmed; a field left out stays as it is, an optional one given as null (or empty) is cleared. */
export type UpdateActorInput = {
  /** The new role and affiliation as the source gives them, up to 1000 characters; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new kind. */
  kind?: InputMaybe<ActorKind>;
  /** The new name, 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an argument: give at least one field; what is left out stays as it is. A new `conclusionId` replaces the target argument and a new `targetArgumentId` the conclusion; an `attackKind` left out is kept while it fits (otherwise REBUT for an attack on a claim, UNDERCUT for one on an argument, none for a support). The result is checked as a new argument is: refused with BAD_USER_INPUT naming the field are no premises, a premise twice, a premise that is the conclusion, a premise, conclusion or target that is not in the argument's map, and an undercut of itself (also through other undercuts). */
export type UpdateArgumentInput = {
  /** For an attack: REBUT, UNDERMINE or UNDERCUT (an attack on an argument); null for a support. */
  attackKind?: InputMaybe<AttackKind>;
  /** The claim concluded (a `claim:` id of the same map). */
  conclusionId?: InputMaybe<Scalars['ID']['input']>;
  /** Support or attack. */
  kind?: InputMaybe<ArgumentKind>;
  /** All its premises (`claim:` ids of the same map), at least one, each once, in the order they should keep: they replace the ones it has. */
  premiseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Why the premises bear on the conclusion, up to 2000 characters; null clears it. */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The name of the argument scheme it follows, up to 120 characters; null clears it. */
  scheme?: InputMaybe<Scalars['String']['input']>;
  /** For an undercut: the argument attacked (an `argument:` id of the same map). */
  targetArgumentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an assertion: who said it, where, in which words, when (what it asserts stays; assert something else with a new assertion). Give at least one field. Strings are trimmed; a field left out stays as it is, an optional one given as null (or empty) is cleared. */
export type UpdateAssertionInput = {
  /** The actor who really said it (an `actor:` id of the same map); cannot be null. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** When the actor said it; null: not known. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The actor's words, verbatim from the source, up to 2000 characters; null clears them. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Where it is reported (a `source:` id of the same map); null: no source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a citation: give `role`, `note` or both; what is left out stays as it is. */
export type UpdateCitationInput = {
  /** How the claim reads the provision, up to 1000 characters (trimmed); null clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** What the claim says the provision does to the act. */
  role?: InputMaybe<CitationRole>;
};

/** Changes to a claim: give `text`, `kind` or both; what is left out stays as it is. */
export type UpdateClaimInput = {
  /** The new kind. */
  kind?: InputMaybe<ClaimKind>;
  /** The new text, 1 to 500 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an issue. */
export type UpdateIssueInput = {
  /** The new question, 1 to 500 characters (trimmed). */
  question?: InputMaybe<Scalars['String']['input']>;
};

/** What changes in a map: only the fields given. */
export type UpdateMapInput = {
  /** A new description (null clears it). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new name, 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Who may read it. */
  visibility?: InputMaybe<Visibility>;
};

/** Changes to a provision: give at least one field. Strings are trimmed; a field left out stays as it is, an optional one given as null (or empty) is cleared. */
export type UpdateProvisionInput = {
  /** The standard citation, up to 200 characters; null clears it. */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** The new kind. */
  kind?: InputMaybe<ProvisionKind>;
  /** The new name, 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The provision it is part of (a `provision:` id of the same map, not one of its own parts); null: part of none. */
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  /** What it says, in short, up to 2000 characters; null clears it. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a source: give at least one field. Strings are trimmed; a field left out stays as it is, an optional one given as null (or empty) is cleared. */
export type UpdateSourceInput = {
  /** The author, up to 200 characters; null clears it. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** The new kind. */
  kind?: InputMaybe<SourceKind>;
  /** When it was published; null clears it. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** The publisher, up to 200 characters; null clears it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The new title, 1 to 300 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where to read it (http or https); null clears it. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A person who signed in through the identity provider of the frontend that calls argmap: recorded the first time their token is seen. */
export type User = Node & {
  __typename?: 'User';
  /** `user:` and 32 hex digits of sha256 of the token's issuer and subject (`<iss>\n<sub>`): the same person keeps the same id. */
  id: Scalars['ID']['output'];
  /** The name their token gives (its `name` claim, else `preferred_username`, `email`, or the subject), as of their last sign-in. */
  name: Scalars['String']['output'];
};

/** What the map concludes on an issue under one semantics. */
export type Verdict = {
  __typename?: 'Verdict';
  /** PRO, CON, CONTESTED or OPEN. */
  answer: VerdictAnswer;
  /** How many extensions the semantics has (a lower bound when `extensionCountExact` is false). */
  extensionCount: Scalars['Int']['output'];
  /** Whether `extensionCount` is exact. */
  extensionCountExact: Scalars['Boolean']['output'];
  /** Every position on the issue with where it stands. */
  positions: Array<PositionVerdict>;
  /** The semantics. */
  semantics: Semantics;
};

/** The answer an issue gets under one semantics. */
export type VerdictAnswer =
  /** Some CON position stands and no PRO one does. */
  | 'CON'
  /** Positions on both sides stand. */
  | 'CONTESTED'
  /** No PRO or CON position stands. */
  | 'OPEN'
  /** Some PRO position stands and no CON one does. */
  | 'PRO';

/** Who may read a map. */
export type Visibility =
  /** Only its members and keys may read it; to anyone else it does not exist. */
  | 'PRIVATE'
  /** Anyone may read it (the default). */
  | 'PUBLIC';



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
    | ( ArgumentMapRecordModel & { __typename: 'ArgumentMap' } )
    | ( AssertionRecordModel & { __typename: 'Assertion' } )
    | ( ClaimRecordModel & { __typename: 'Claim' } )
    | ( IssueRecordModel & { __typename: 'Issue' } )
    | ( ProposalRecordModel & { __typename: 'Proposal' } )
    | ( ProvisionRecordModel & { __typename: 'Provision' } )
    | ( RevisionRecordModel & { __typename: 'Revision' } )
    | ( SourceRecordModel & { __typename: 'Source' } )
    | ( UserRecordModel & { __typename: 'User' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptItemInput: AcceptItemInput;
  AcceptLinkInput: AcceptLinkInput;
  AcceptProposedAssertionsResult: ResolverTypeWrapper<AcceptOutcomeModel>;
  AcceptSpeakerInput: AcceptSpeakerInput;
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
  ArgumentMap: ResolverTypeWrapper<ArgumentMapRecordModel>;
  ArgumentMapConnection: ResolverTypeWrapper<Omit<ArgumentMapConnection, 'edges'> & { edges: Array<ResolversTypes['ArgumentMapEdge']> }>;
  ArgumentMapEdge: ResolverTypeWrapper<Omit<ArgumentMapEdge, 'node'> & { node: ResolversTypes['ArgumentMap'] }>;
  Assertion: ResolverTypeWrapper<AssertionRecordModel>;
  AssertionConnection: ResolverTypeWrapper<Omit<AssertionConnection, 'edges'> & { edges: Array<ResolversTypes['AssertionEdge']> }>;
  AssertionEdge: ResolverTypeWrapper<Omit<AssertionEdge, 'node'> & { node: ResolversTypes['Assertion'] }>;
  AssertionFields: AssertionFields;
  AttackKind: AttackKind;
  Author: ResolverTypeWrapper<AuthorModel>;
  AuthorKind: AuthorKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeRecordModel>;
  ChangeEvent: ResolverTypeWrapper<ChangeEventModel>;
  ChangeKind: ChangeKind;
  Citation: ResolverTypeWrapper<CitationRecordModel>;
  CitationAttribution: CitationAttribution;
  CitationFields: CitationFields;
  CitationRole: CitationRole;
  CiteProvisionInput: CiteProvisionInput;
  Claim: ResolverTypeWrapper<ClaimRecordModel>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimKind: ClaimKind;
  ClaimMatch: ResolverTypeWrapper<ClaimMatchRecordModel>;
  ClaimWhere: ClaimWhere;
  CreateActorInput: CreateActorInput;
  CreateArgumentInput: CreateArgumentInput;
  CreateClaimInput: CreateClaimInput;
  CreateIssueInput: CreateIssueInput;
  CreateMapInput: CreateMapInput;
  CreateProvisionInput: CreateProvisionInput;
  CreateSourceInput: CreateSourceInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  DocumentFormat: DocumentFormat;
  DuplicatePair: ResolverTypeWrapper<Omit<DuplicatePair, 'claims'> & { claims: Array<ResolversTypes['Claim']> }>;
  DuplicatePairConnection: ResolverTypeWrapper<Omit<DuplicatePairConnection, 'edges'> & { edges: Array<ResolversTypes['DuplicatePairEdge']> }>;
  DuplicatePairEdge: ResolverTypeWrapper<Omit<DuplicatePairEdge, 'node'> & { node: ResolversTypes['DuplicatePair'] }>;
  EvaluatedClaimConnection: ResolverTypeWrapper<Omit<EvaluatedClaimConnection, 'edges'> & { edges: Array<ResolversTypes['EvaluatedClaimEdge']> }>;
  EvaluatedClaimEdge: ResolverTypeWrapper<Omit<EvaluatedClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  Evaluation: ResolverTypeWrapper<EvaluationResultModel>;
  ExplainedClaim: ResolverTypeWrapper<JustifiedClaimModel>;
  Explanation: ResolverTypeWrapper<ExplanationModel>;
  ExplanationStep: ResolverTypeWrapper<JustificationStepModel>;
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
  ImportDocumentInput: ImportDocumentInput;
  ImportDocumentResult: ResolverTypeWrapper<Omit<ImportDocumentResult, 'result'> & { result: ResolversTypes['ImportResult'] }>;
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
  Label: Label;
  LabelCounts: ResolverTypeWrapper<LabelCounts>;
  MapMembership: ResolverTypeWrapper<MapMembershipRecordModel>;
  MapRole: MapRole;
  MatchRelation: MatchRelation;
  Membership: ResolverTypeWrapper<AffiliationRecordModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeState: ResolverTypeWrapper<NodeDocumentModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Position: ResolverTypeWrapper<PositionRecordModel>;
  PositionFields: PositionFields;
  PositionVerdict: ResolverTypeWrapper<Omit<PositionVerdict, 'position'> & { position: ResolversTypes['Position'] }>;
  PropertyValue: ResolverTypeWrapper<PropertyValue>;
  Proposal: ResolverTypeWrapper<ProposalRecordModel>;
  ProposalConnection: ResolverTypeWrapper<Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversTypes['ProposalEdge']> }>;
  ProposalEdge: ResolverTypeWrapper<Omit<ProposalEdge, 'node'> & { node: ResolversTypes['Proposal'] }>;
  ProposalStatus: ProposalStatus;
  ProposeFromTextInput: ProposeFromTextInput;
  ProposedAssertion: ResolverTypeWrapper<ProposalItemRecordModel>;
  ProposedLink: ResolverTypeWrapper<Omit<ProposedLink, 'conclusion' | 'premise'> & { conclusion: ResolversTypes['ProposedAssertion'], premise: ResolversTypes['ProposedAssertion'] }>;
  ProposedSource: ResolverTypeWrapper<Omit<ProposedSource, 'source'> & { source?: Maybe<ResolversTypes['Source']> }>;
  ProposedSpeaker: ResolverTypeWrapper<ProposedSpeakerRecordModel>;
  Provision: ResolverTypeWrapper<ProvisionRecordModel>;
  ProvisionConnection: ResolverTypeWrapper<Omit<ProvisionConnection, 'edges'> & { edges: Array<ResolversTypes['ProvisionEdge']> }>;
  ProvisionEdge: ResolverTypeWrapper<Omit<ProvisionEdge, 'node'> & { node: ResolversTypes['Provision'] }>;
  ProvisionKind: ProvisionKind;
  ProvisionWhere: ProvisionWhere;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipState: ResolverTypeWrapper<RelationshipState>;
  RevertResult: ResolverTypeWrapper<RevertResult>;
  Revision: ResolverTypeWrapper<RevisionRecordModel>;
  RevisionConnection: ResolverTypeWrapper<Omit<RevisionConnection, 'edges'> & { edges: Array<ResolversTypes['RevisionEdge']> }>;
  RevisionEdge: ResolverTypeWrapper<Omit<RevisionEdge, 'node'> & { node: ResolversTypes['Revision'] }>;
  ScenarioInput: ScenarioInput;
  SearchHit: ResolverTypeWrapper<SearchHitRecordModel>;
  Semantics: Semantics;
  SetPositionInput: SetPositionInput;
  SimilarClaim: ResolverTypeWrapper<Omit<SimilarClaim, 'claim'> & { claim: ResolversTypes['Claim'] }>;
  SkippedCount: ResolverTypeWrapper<SkippedCount>;
  Source: ResolverTypeWrapper<SourceRecordModel>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceKind: SourceKind;
  Stance: Stance;
  Status: ResolverTypeWrapper<Status>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TextFormat: TextFormat;
  UpdateActorInput: UpdateActorInput;
  UpdateArgumentInput: UpdateArgumentInput;
  UpdateAssertionInput: UpdateAssertionInput;
  UpdateCitationInput: UpdateCitationInput;
  UpdateClaimInput: UpdateClaimInput;
  UpdateIssueInput: UpdateIssueInput;
  UpdateMapInput: UpdateMapInput;
  UpdateProvisionInput: UpdateProvisionInput;
  UpdateSourceInput: UpdateSourceInput;
  User: ResolverTypeWrapper<UserRecordModel>;
  Verdict: ResolverTypeWrapper<SemanticsVerdictModel>;
  VerdictAnswer: VerdictAnswer;
  Visibility: Visibility;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptItemInput: AcceptItemInput;
  AcceptLinkInput: AcceptLinkInput;
  AcceptProposedAssertionsResult: AcceptOutcomeModel;
  AcceptSpeakerInput: AcceptSpeakerInput;
  Actor: ActorRecordModel;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorWhere: ActorWhere;
  AddAssertionInput: AddAssertionInput;
  Affiliation: AffiliationRecordModel;
  Argument: ArgumentRecordModel;
  ArgumentChain: ArgumentChainRecordModel;
  ArgumentGraph: ArgumentGraphRecordModel;
  ArgumentMap: ArgumentMapRecordModel;
  ArgumentMapConnection: Omit<ArgumentMapConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArgumentMapEdge']> };
  ArgumentMapEdge: Omit<ArgumentMapEdge, 'node'> & { node: ResolversParentTypes['ArgumentMap'] };
  Assertion: AssertionRecordModel;
  AssertionConnection: Omit<AssertionConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssertionEdge']> };
  AssertionEdge: Omit<AssertionEdge, 'node'> & { node: ResolversParentTypes['Assertion'] };
  AssertionFields: AssertionFields;
  Author: AuthorModel;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeRecordModel;
  ChangeEvent: ChangeEventModel;
  Citation: CitationRecordModel;
  CitationFields: CitationFields;
  CiteProvisionInput: CiteProvisionInput;
  Claim: ClaimRecordModel;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimMatch: ClaimMatchRecordModel;
  ClaimWhere: ClaimWhere;
  CreateActorInput: CreateActorInput;
  CreateArgumentInput: CreateArgumentInput;
  CreateClaimInput: CreateClaimInput;
  CreateIssueInput: CreateIssueInput;
  CreateMapInput: CreateMapInput;
  CreateProvisionInput: CreateProvisionInput;
  CreateSourceInput: CreateSourceInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DuplicatePair: Omit<DuplicatePair, 'claims'> & { claims: Array<ResolversParentTypes['Claim']> };
  DuplicatePairConnection: Omit<DuplicatePairConnection, 'edges'> & { edges: Array<ResolversParentTypes['DuplicatePairEdge']> };
  DuplicatePairEdge: Omit<DuplicatePairEdge, 'node'> & { node: ResolversParentTypes['DuplicatePair'] };
  EvaluatedClaimConnection: Omit<EvaluatedClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['EvaluatedClaimEdge']> };
  EvaluatedClaimEdge: Omit<EvaluatedClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  Evaluation: EvaluationResultModel;
  ExplainedClaim: JustifiedClaimModel;
  Explanation: ExplanationModel;
  ExplanationStep: JustificationStepModel;
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
  ImportDocumentInput: ImportDocumentInput;
  ImportDocumentResult: Omit<ImportDocumentResult, 'result'> & { result: ResolversParentTypes['ImportResult'] };
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
  LabelCounts: LabelCounts;
  MapMembership: MapMembershipRecordModel;
  Membership: AffiliationRecordModel;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NodeState: NodeDocumentModel;
  PageInfo: PageInfo;
  Position: PositionRecordModel;
  PositionFields: PositionFields;
  PositionVerdict: Omit<PositionVerdict, 'position'> & { position: ResolversParentTypes['Position'] };
  PropertyValue: PropertyValue;
  Proposal: ProposalRecordModel;
  ProposalConnection: Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProposalEdge']> };
  ProposalEdge: Omit<ProposalEdge, 'node'> & { node: ResolversParentTypes['Proposal'] };
  ProposeFromTextInput: ProposeFromTextInput;
  ProposedAssertion: ProposalItemRecordModel;
  ProposedLink: Omit<ProposedLink, 'conclusion' | 'premise'> & { conclusion: ResolversParentTypes['ProposedAssertion'], premise: ResolversParentTypes['ProposedAssertion'] };
  ProposedSource: Omit<ProposedSource, 'source'> & { source?: Maybe<ResolversParentTypes['Source']> };
  ProposedSpeaker: ProposedSpeakerRecordModel;
  Provision: ProvisionRecordModel;
  ProvisionConnection: Omit<ProvisionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProvisionEdge']> };
  ProvisionEdge: Omit<ProvisionEdge, 'node'> & { node: ResolversParentTypes['Provision'] };
  ProvisionWhere: ProvisionWhere;
  Query: Record<PropertyKey, never>;
  RelationshipState: RelationshipState;
  RevertResult: RevertResult;
  Revision: RevisionRecordModel;
  RevisionConnection: Omit<RevisionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RevisionEdge']> };
  RevisionEdge: Omit<RevisionEdge, 'node'> & { node: ResolversParentTypes['Revision'] };
  ScenarioInput: ScenarioInput;
  SearchHit: SearchHitRecordModel;
  SetPositionInput: SetPositionInput;
  SimilarClaim: Omit<SimilarClaim, 'claim'> & { claim: ResolversParentTypes['Claim'] };
  SkippedCount: SkippedCount;
  Source: SourceRecordModel;
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  Status: Status;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  UpdateActorInput: UpdateActorInput;
  UpdateArgumentInput: UpdateArgumentInput;
  UpdateAssertionInput: UpdateAssertionInput;
  UpdateCitationInput: UpdateCitationInput;
  UpdateClaimInput: UpdateClaimInput;
  UpdateIssueInput: UpdateIssueInput;
  UpdateMapInput: UpdateMapInput;
  UpdateProvisionInput: UpdateProvisionInput;
  UpdateSourceInput: UpdateSourceInput;
  User: UserRecordModel;
  Verdict: SemanticsVerdictModel;
};

export type AcceptProposedAssertionsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AcceptProposedAssertionsResult'] = ResolversParentTypes['AcceptProposedAssertionsResult']> = {
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  assertionsConnection?: Resolver<ResolversTypes['AssertionConnection'], ParentType, ContextType, Partial<ActorAssertionsConnectionArgs>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  claimsConnection?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<ActorClaimsConnectionArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, Partial<ActorHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  mergedFrom?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
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
  explanation?: Resolver<Maybe<ResolversTypes['Explanation']>, ParentType, ContextType, Partial<ArgumentExplanationArgs>>;
  history?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, Partial<ArgumentHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArgumentKind'], ParentType, ContextType>;
  premises?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reconstructed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType, Partial<ArgumentStatusArgs>>;
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
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ArgumentMapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArgumentMap'] = ResolversParentTypes['ArgumentMap']> = {
  argumentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentRevision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['MapMembership']>, ParentType, ContextType>;
  myRole?: Resolver<Maybe<ResolversTypes['MapRole']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArgumentMapConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArgumentMapConnection'] = ResolversParentTypes['ArgumentMapConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArgumentMapEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArgumentMapEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArgumentMapEdge'] = ResolversParentTypes['ArgumentMapEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
};

export type AssertionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assertion'] = ResolversParentTypes['Assertion']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  argument?: Resolver<Maybe<ResolversTypes['Argument']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, Partial<AssertionHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssertionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionConnection'] = ResolversParentTypes['AssertionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssertionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssertionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionEdge'] = ResolversParentTypes['AssertionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType>;
};

export type AuthorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = {
  kind?: Resolver<ResolversTypes['AuthorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  after?: Resolver<Maybe<ResolversTypes['NodeState']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['NodeState']>, ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChangeEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEvent'] = ResolversParentTypes['ChangeEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  keyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mapId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  assertionsConnection?: Resolver<ResolversTypes['AssertionConnection'], ParentType, ContextType, Partial<ClaimAssertionsConnectionArgs>>;
  attackedBy?: Resolver<Array<ResolversTypes['Argument']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  counterclaims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['Explanation']>, ParentType, ContextType, Partial<ClaimExplanationArgs>>;
  history?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, Partial<ClaimHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  justification?: Resolver<Array<ResolversTypes['Explanation']>, ParentType, ContextType, Partial<ClaimJustificationArgs>>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  mergedFrom?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  premiseOf?: Resolver<Array<ResolversTypes['Argument']>, ParentType, ContextType>;
  shortLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  similar?: Resolver<Array<ResolversTypes['SimilarClaim']>, ParentType, ContextType, RequireFields<ClaimSimilarArgs, 'first'>>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType, Partial<ClaimStatusArgs>>;
  strength?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, Partial<ClaimStrengthArgs>>;
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

export type ClaimMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimMatch'] = ResolversParentTypes['ClaimMatch']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['MatchRelation'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DuplicatePairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicatePair'] = ResolversParentTypes['DuplicatePair']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DuplicatePairConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicatePairConnection'] = ResolversParentTypes['DuplicatePairConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DuplicatePairEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DuplicatePairEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicatePairEdge'] = ResolversParentTypes['DuplicatePairEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DuplicatePair'], ParentType, ContextType>;
};

export type EvaluatedClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluatedClaimConnection'] = ResolversParentTypes['EvaluatedClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvaluatedClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluatedClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluatedClaimEdge'] = ResolversParentTypes['EvaluatedClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  strength?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  claims?: Resolver<ResolversTypes['EvaluatedClaimConnection'], ParentType, ContextType, Partial<EvaluationClaimsArgs>>;
  counts?: Resolver<ResolversTypes['LabelCounts'], ParentType, ContextType>;
  extensionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extensionCountExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  semantics?: Resolver<ResolversTypes['Semantics'], ParentType, ContextType>;
};

export type ExplainedClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExplainedClaim'] = ResolversParentTypes['ExplainedClaim']> = {
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  shortLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unattacked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ExplanationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Explanation'] = ResolversParentTypes['Explanation']> = {
  claims?: Resolver<Array<ResolversTypes['ExplainedClaim']>, ParentType, ContextType>;
  cycle?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  defeatedBy?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ExplanationStep']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ExplanationStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExplanationStep'] = ResolversParentTypes['ExplanationStep']> = {
  argumentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  attackKind?: Resolver<Maybe<ResolversTypes['AttackKind']>, ParentType, ContextType>;
  conclusionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedPremiseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArgumentKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  premiseIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rejectedByScenario?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetArgumentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  undercutById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

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

export type ImportDocumentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportDocumentResult'] = ResolversParentTypes['ImportDocumentResult']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  arguments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assertions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedCount']>, ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  propertiesSet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue']> = {
  history?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, Partial<IssueHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<IssuePositionsArgs>>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verdict?: Resolver<Array<ResolversTypes['Verdict']>, ParentType, ContextType, Partial<IssueVerdictArgs>>;
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

export type LabelCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LabelCounts'] = ResolversParentTypes['LabelCounts']> = {
  in?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  out?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undec?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MapMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapMembership'] = ResolversParentTypes['MapMembership']> = {
  role?: Resolver<ResolversTypes['MapRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  person?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptProposedAssertions?: Resolver<ResolversTypes['AcceptProposedAssertionsResult'], ParentType, ContextType, RequireFields<MutationAcceptProposedAssertionsArgs, 'items' | 'proposalId'>>;
  addAssertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType, RequireFields<MutationAddAssertionArgs, 'input'>>;
  citeProvision?: Resolver<ResolversTypes['Citation'], ParentType, ContextType, RequireFields<MutationCiteProvisionArgs, 'input'>>;
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  createArgument?: Resolver<ResolversTypes['Argument'], ParentType, ContextType, RequireFields<MutationCreateArgumentArgs, 'input'>>;
  createClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationCreateClaimArgs, 'input'>>;
  createIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationCreateIssueArgs, 'input'>>;
  createMap?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType, RequireFields<MutationCreateMapArgs, 'input'>>;
  createProvision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType, RequireFields<MutationCreateProvisionArgs, 'input'>>;
  createSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationCreateSourceArgs, 'input'>>;
  deleteActor?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteActorArgs, 'id'>>;
  deleteArgument?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteArgumentArgs, 'id'>>;
  deleteAssertion?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteAssertionArgs, 'id'>>;
  deleteClaim?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteClaimArgs, 'id'>>;
  deleteIssue?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteIssueArgs, 'id'>>;
  deleteMap?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteMapArgs, 'id'>>;
  deleteProvision?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteProvisionArgs, 'id'>>;
  deleteSource?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSourceArgs, 'id'>>;
  importDocument?: Resolver<ResolversTypes['ImportDocumentResult'], ParentType, ContextType, RequireFields<MutationImportDocumentArgs, 'input'>>;
  importGraph?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'input'>>;
  mergeActors?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'fromIds' | 'intoId'>>;
  mergeClaims?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationMergeClaimsArgs, 'fromIds' | 'intoId'>>;
  proposeFromText?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationProposeFromTextArgs, 'input'>>;
  rejectProposedAssertions?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationRejectProposedAssertionsArgs, 'ids' | 'proposalId'>>;
  removeCitation?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationRemoveCitationArgs, 'claimId' | 'provisionId'>>;
  removeMembership?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'mapId' | 'userId'>>;
  removePosition?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationRemovePositionArgs, 'claimId' | 'issueId'>>;
  revert?: Resolver<ResolversTypes['RevertResult'], ParentType, ContextType, RequireFields<MutationRevertArgs, 'force' | 'revision'>>;
  setMembership?: Resolver<ResolversTypes['MapMembership'], ParentType, ContextType, RequireFields<MutationSetMembershipArgs, 'mapId' | 'role' | 'userId'>>;
  setPosition?: Resolver<ResolversTypes['Position'], ParentType, ContextType, RequireFields<MutationSetPositionArgs, 'input'>>;
  updateActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpdateActorArgs, 'id' | 'input'>>;
  updateArgument?: Resolver<ResolversTypes['Argument'], ParentType, ContextType, RequireFields<MutationUpdateArgumentArgs, 'id' | 'input'>>;
  updateAssertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType, RequireFields<MutationUpdateAssertionArgs, 'id' | 'input'>>;
  updateCitation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType, RequireFields<MutationUpdateCitationArgs, 'claimId' | 'input' | 'provisionId'>>;
  updateClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUpdateClaimArgs, 'id' | 'input'>>;
  updateIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationUpdateIssueArgs, 'id' | 'input'>>;
  updateMap?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType, RequireFields<MutationUpdateMapArgs, 'id' | 'input'>>;
  updateProvision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType, RequireFields<MutationUpdateProvisionArgs, 'id' | 'input'>>;
  updateSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationUpdateSourceArgs, 'id' | 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Argument' | 'ArgumentMap' | 'Assertion' | 'Claim' | 'Issue' | 'Proposal' | 'Provision' | 'Revision' | 'Source' | 'User', ParentType, ContextType>;
};

export type NodeStateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeState'] = ResolversParentTypes['NodeState']> = {
  properties?: Resolver<Array<ResolversTypes['PropertyValue']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelationshipState']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
};

export type PositionVerdictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionVerdict'] = ResolversParentTypes['PositionVerdict']> = {
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
};

export type PropertyValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyValue'] = ResolversParentTypes['PropertyValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ProposedAssertion']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ProposedLink']>, ParentType, ContextType>;
  mapId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['ProposedSource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalConnection'] = ResolversParentTypes['ProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalEdge'] = ResolversParentTypes['ProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type ProposedAssertionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedAssertion'] = ResolversParentTypes['ProposedAssertion']> = {
  assertion?: Resolver<Maybe<ResolversTypes['Assertion']>, ParentType, ContextType>;
  claimText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['ClaimMatch']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['ProposedSpeaker'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
};

export type ProposedLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedLink'] = ResolversParentTypes['ProposedLink']> = {
  conclusion?: Resolver<ResolversTypes['ProposedAssertion'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArgumentKind'], ParentType, ContextType>;
  premise?: Resolver<ResolversTypes['ProposedAssertion'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ProposedSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedSource'] = ResolversParentTypes['ProposedSource']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProposedSpeakerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedSpeaker'] = ResolversParentTypes['ProposedSpeaker']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = {
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, Partial<ProvisionHistoryArgs>>;
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
  currentRevision?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<QueryCurrentRevisionArgs>>;
  duplicateCandidates?: Resolver<ResolversTypes['DuplicatePairConnection'], ParentType, ContextType, Partial<QueryDuplicateCandidatesArgs>>;
  evaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, Partial<QueryEvaluationArgs>>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType, RequireFields<QueryIssueArgs, 'id'>>;
  issues?: Resolver<ResolversTypes['IssueConnection'], ParentType, ContextType, Partial<QueryIssuesArgs>>;
  map?: Resolver<Maybe<ResolversTypes['ArgumentMap']>, ParentType, ContextType, RequireFields<QueryMapArgs, 'id'>>;
  maps?: Resolver<ResolversTypes['ArgumentMapConnection'], ParentType, ContextType, Partial<QueryMapsArgs>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  proposals?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, Partial<QueryProposalsArgs>>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType, RequireFields<QueryProvisionArgs, 'id'>>;
  provisions?: Resolver<ResolversTypes['ProvisionConnection'], ParentType, ContextType, Partial<QueryProvisionsArgs>>;
  revisions?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, Partial<QueryRevisionsArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  similarClaims?: Resolver<Array<ResolversTypes['SimilarClaim']>, ParentType, ContextType, RequireFields<QuerySimilarClaimsArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<QuerySourcesArgs>>;
};

export type RelationshipStateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipState'] = ResolversParentTypes['RelationshipState']> = {
  properties?: Resolver<Array<ResolversTypes['PropertyValue']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevertResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevertResult'] = ResolversParentTypes['RevertResult']> = {
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  reverted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<RevisionChangesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mapId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevisionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevisionConnection'] = ResolversParentTypes['RevisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RevisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevisionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevisionEdge'] = ResolversParentTypes['RevisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SimilarClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SimilarClaim'] = ResolversParentTypes['SimilarClaim']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SkippedCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SkippedCount'] = ResolversParentTypes['SkippedCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  assertionsConnection?: Resolver<ResolversTypes['AssertionConnection'], ParentType, ContextType, Partial<SourceAssertionsConnectionArgs>>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, Partial<SourceHistoryArgs>>;
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

export type StatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Status'] = ResolversParentTypes['Status']> = {
  credulous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  excluded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  sceptical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  changes?: SubscriptionResolver<ResolversTypes['ChangeEvent'], "changes", ParentType, ContextType, Partial<SubscriptionChangesArgs>>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VerdictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Verdict'] = ResolversParentTypes['Verdict']> = {
  answer?: Resolver<ResolversTypes['VerdictAnswer'], ParentType, ContextType>;
  extensionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extensionCountExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['PositionVerdict']>, ParentType, ContextType>;
  semantics?: Resolver<ResolversTypes['Semantics'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AcceptProposedAssertionsResult?: AcceptProposedAssertionsResultResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  Argument?: ArgumentResolvers<ContextType>;
  ArgumentChain?: ArgumentChainResolvers<ContextType>;
  ArgumentGraph?: ArgumentGraphResolvers<ContextType>;
  ArgumentMap?: ArgumentMapResolvers<ContextType>;
  ArgumentMapConnection?: ArgumentMapConnectionResolvers<ContextType>;
  ArgumentMapEdge?: ArgumentMapEdgeResolvers<ContextType>;
  Assertion?: AssertionResolvers<ContextType>;
  AssertionConnection?: AssertionConnectionResolvers<ContextType>;
  AssertionEdge?: AssertionEdgeResolvers<ContextType>;
  Author?: AuthorResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeEvent?: ChangeEventResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimMatch?: ClaimMatchResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DuplicatePair?: DuplicatePairResolvers<ContextType>;
  DuplicatePairConnection?: DuplicatePairConnectionResolvers<ContextType>;
  DuplicatePairEdge?: DuplicatePairEdgeResolvers<ContextType>;
  EvaluatedClaimConnection?: EvaluatedClaimConnectionResolvers<ContextType>;
  EvaluatedClaimEdge?: EvaluatedClaimEdgeResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  ExplainedClaim?: ExplainedClaimResolvers<ContextType>;
  Explanation?: ExplanationResolvers<ContextType>;
  ExplanationStep?: ExplanationStepResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  ImportDocumentResult?: ImportDocumentResultResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  IssueConnection?: IssueConnectionResolvers<ContextType>;
  IssueEdge?: IssueEdgeResolvers<ContextType>;
  LabelCounts?: LabelCountsResolvers<ContextType>;
  MapMembership?: MapMembershipResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeState?: NodeStateResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionVerdict?: PositionVerdictResolvers<ContextType>;
  PropertyValue?: PropertyValueResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalConnection?: ProposalConnectionResolvers<ContextType>;
  ProposalEdge?: ProposalEdgeResolvers<ContextType>;
  ProposedAssertion?: ProposedAssertionResolvers<ContextType>;
  ProposedLink?: ProposedLinkResolvers<ContextType>;
  ProposedSource?: ProposedSourceResolvers<ContextType>;
  ProposedSpeaker?: ProposedSpeakerResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  ProvisionConnection?: ProvisionConnectionResolvers<ContextType>;
  ProvisionEdge?: ProvisionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelationshipState?: RelationshipStateResolvers<ContextType>;
  RevertResult?: RevertResultResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  RevisionConnection?: RevisionConnectionResolvers<ContextType>;
  RevisionEdge?: RevisionEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SimilarClaim?: SimilarClaimResolvers<ContextType>;
  SkippedCount?: SkippedCountResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  Status?: StatusResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Verdict?: VerdictResolvers<ContextType>;
};

