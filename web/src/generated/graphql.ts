/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** One item to accept, as proposed or edited. The quote and its offsets stay as proposed. */
export type AcceptItemInput = {
  /** The claim's text, when not as proposed (1 to 5,000 characters). */
  claimText?: string | null | undefined;
  /** The item's id (`proposal:...#n`). */
  id: string;
  /** The claim's kind, when not as proposed. */
  kind?: ClaimKind | null | undefined;
  /** Supports and attacks to write from the item's claim. */
  links?: Array<AcceptLinkInput> | null | undefined;
  /** Assert this existing claim of the map instead of a new one (`claimText` and `kind` are then ignored). */
  sameAsClaimId?: string | null | undefined;
  /** Who said it, when not as proposed. */
  speaker?: AcceptSpeakerInput | null | undefined;
};

/** A support or attack to write from an accepted item's claim to an existing claim or to another item's claim. */
export type AcceptLinkInput = {
  /** For an attack: REBUT (the default), UNDERMINE or UNDERCUT. */
  attackKind?: AttackKind | null | undefined;
  /** The claim of the map it supports or attacks. */
  claimId?: string | null | undefined;
  /** Another item of the same proposal (accepted in this call or before) whose claim it supports or attacks. */
  itemId?: string | null | undefined;
  /** SUPPORT or ATTACK: the item's claim supports or attacks the target. */
  kind: ArgumentKind;
};

/** Who said an accepted item, when not as proposed: an existing actor (`actorId`), or a new actor's name, description and kind (each defaulting to the proposed one). */
export type AcceptSpeakerInput = {
  /** An actor of the map. */
  actorId?: string | null | undefined;
  /** The new actor's role and affiliation. */
  description?: string | null | undefined;
  /** The new actor's kind. */
  kind?: ActorKind | null | undefined;
  /** A new actor's name, 1 to 200 characters. A name an actor of the map already has (letter case aside) is that actor. */
  name?: string | null | undefined;
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

/** A new assertion: an actor asserting a claim or an argument (exactly one of `claimId` and `argumentId`). */
export type AddAssertionInput = {
  /** Who asserted (an `actor:` id of an existing actor). */
  actorId: string;
  /** The argument asserted (an `argument:` id); give this or `claimId`. */
  argumentId?: string | null | undefined;
  /** The claim asserted (a `claim:` id); give this or `argumentId`. */
  claimId?: string | null | undefined;
  /** When the actor said it, if known. */
  date?: string | null | undefined;
  /** The id to give it (`assertion:` and lowercase words joined by hyphens, at most 120 characters); made when absent. */
  id?: string | null | undefined;
  /** The actor's words, verbatim from the source, up to 2000 characters. */
  quote?: string | null | undefined;
  /** Where it is reported (a `source:` id of an existing source). */
  sourceId?: string | null | undefined;
};

/** Whether an argument speaks for or against its conclusion. */
export type ArgumentKind =
  /** The premises give a reason to reject the conclusion or the inference of another argument (AIF CA-node). */
  | 'ATTACK'
  /** The premises give a reason to accept the conclusion (AIF RA-node). */
  | 'SUPPORT';

/** The first assertion of a new claim: who asserted it, where and in which words. */
export type AssertionFields = {
  /** The actor who asserted the claim (an `actor:` id of an existing actor). */
  actorId: string;
  /** When the actor said it, if known. */
  date?: string | null | undefined;
  /** The actor's words, verbatim from the source, up to 2000 characters. */
  quote?: string | null | undefined;
  /** The source that reports it (a `source:` id of an existing source); null when none. */
  sourceId?: string | null | undefined;
};

/** What an attack aims at. */
export type AttackKind =
  /** Attacks the conclusion with a contrary claim. */
  | 'REBUT'
  /** Attacks the inference of another argument. */
  | 'UNDERCUT'
  /** Attacks a premise of another argument. */
  | 'UNDERMINE';

/** What kind of change a revision made to a node. */
export type ChangeKind =
  /** The node did not exist before. */
  | 'CREATED'
  /** It does not exist after. */
  | 'DELETED'
  /** Its properties or its relationships changed. */
  | 'UPDATED';

/** A provision a new claim cites. */
export type CitationFields = {
  /** How the claim reads the provision, up to 1000 characters. */
  note?: string | null | undefined;
  /** The provision cited (a `provision:` id of an existing provision). */
  provisionId: string;
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
  claimId: string;
  /** How the claim reads the provision, up to 1000 characters. */
  note?: string | null | undefined;
  /** The provision cited (a `provision:` id). */
  provisionId: string;
  /** What the claim says the provision does to the act. */
  role: CitationRole;
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

/** Filters of `claims`; given together, a claim must pass all of them. */
export type ClaimWhere = {
  /** An actor id: claims this actor asserted. */
  assertedBy?: string | null | undefined;
  /** A provision id: claims citing it or any of its parts. */
  cites?: string | null | undefined;
  /** A source id: claims asserted in it. */
  inSource?: string | null | undefined;
  /** An issue id: claims taking a position on it. */
  issue?: string | null | undefined;
  /** Only claims of this kind. */
  kind?: ClaimKind | null | undefined;
  /** With `issue` (or alone): the stance taken. */
  stance?: Stance | null | undefined;
  /** Case-insensitive substring of the claim's text, up to 500 characters (trimmed; empty means no filter). */
  textContains?: string | null | undefined;
};

/** A new argument: premises, and a conclusion claim or (for an undercut) a target argument. Refused: no premises, a premise twice, a claim that is both premise and conclusion, both or neither of `conclusionId` and `targetArgumentId`, an attack kind on a support. */
export type CreateArgumentInput = {
  /** For an attack: REBUT (the default for an attack on a claim), UNDERMINE or UNDERCUT (an attack on an argument); must be absent for a support. */
  attackKind?: AttackKind | null | undefined;
  /** The claim concluded (a `claim:` id); absent for an undercut. */
  conclusionId?: string | null | undefined;
  /** The id to give it (`argument:` and lowercase words joined by hyphens, at most 120 characters); made from its kind and conclusion when absent. */
  id?: string | null | undefined;
  /** Support or attack. */
  kind: ArgumentKind;
  /** The premises (`claim:` ids of existing claims), at least one, each once, in the order they should keep. */
  premiseIds: Array<string>;
  /** Why the premises bear on the conclusion, up to 2000 characters. */
  rationale?: string | null | undefined;
  /** The name of the argument scheme it follows, up to 120 characters. */
  scheme?: string | null | undefined;
  /** For an undercut: the argument attacked (an `argument:` id). */
  targetArgumentId?: string | null | undefined;
};

/** A new claim, optionally with its first assertion, citations and positions. Strings are trimmed. */
export type CreateClaimInput = {
  /** Who asserted it first, where and in which words. */
  assertion?: AssertionFields | null | undefined;
  /** Provisions it cites, each at most once. */
  citations?: Array<CitationFields> | null | undefined;
  /** The id to give it (`claim:` and lowercase words joined by hyphens, at most 120 characters); when absent one is made from the text (`-2`, `-3`... on a clash). A taken id is refused with CONFLICT. */
  id?: string | null | undefined;
  /** What sort of proposition it is. */
  kind: ClaimKind;
  /** Its stances on issues, one per issue. */
  positions?: Array<PositionFields> | null | undefined;
  /** The claim as one neutral sentence, 1 to 500 characters. */
  text: string;
};

/** A new, empty map. */
export type CreateMapInput = {
  /** What the map is about, at most 2,000 characters. */
  description?: string | null | undefined;
  /** The map's name, 1 to 200 characters. */
  name: string;
  /** The slug of the map's id (`map:<slug>`): lowercase words joined by hyphens, at most 60 characters. Made from the name when not given (with `-2`, `-3`, ... when taken); a given slug already taken is refused with CONFLICT. */
  slug?: string | null | undefined;
  /** PUBLIC unless said. A PRIVATE map exists only for its members and keys. */
  visibility?: Visibility | null | undefined;
};

/** A new source. Strings are trimmed; empty optional ones are left unset. */
export type CreateSourceInput = {
  /** Who wrote it, up to 200 characters. */
  author?: string | null | undefined;
  /** The id to give it (`source:` and lowercase words joined by hyphens, at most 120 characters); made from the title when absent. */
  id?: string | null | undefined;
  /** What sort of text it is. */
  kind: SourceKind;
  /** When it was published. */
  publishedAt?: string | null | undefined;
  /** Who published it, up to 200 characters. */
  publisher?: string | null | undefined;
  /** The title as published, 1 to 300 characters. */
  title: string;
  /** Where it can be read: an http or https URL, up to 2000 characters. */
  url?: string | null | undefined;
};

/** Where an item stands under a semantics. */
export type Label =
  /** Accepted: every attacker is OUT (and, for a supported claim, some support is IN). */
  | 'IN'
  /** Rejected: some attacker is IN (or, for a supported claim, every support is OUT). */
  | 'OUT'
  /** Undecided: left open, by a cycle of attacks or by disagreement between extensions. */
  | 'UNDEC';

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

/** An issue a new claim takes a position on. */
export type PositionFields = {
  /** The issue (an `issue:` id of an existing issue). */
  issueId: string;
  /** The stance the claim takes on the issue's question. */
  stance: Stance;
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
  format?: TextFormat | null | undefined;
  /** A new source the text comes from: created with the first accepted item. Its author (or else its publisher) is proposed as the speaker of what the text says in its own voice. */
  source?: CreateSourceInput | null | undefined;
  /** An existing source of the map the text comes from. */
  sourceId?: string | null | undefined;
  /** The text, 1 to 200,000 characters (after HTML is reduced to text); English only; no binary content (NUL or other control characters). */
  text: string;
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

/** A what-if: the map evaluated as it would stand without some actors, sources or items, or with some claims or arguments assumed or rejected. The stored map does not change. An item goes when it has assertions and all of them are excluded; items nobody asserted stay. */
export type ScenarioInput = {
  /** Take these claims or arguments as accepted: nothing attacks them and they need no support (at most 100). */
  assumeIds?: Array<string> | null | undefined;
  /** Leave out what only these actors asserted (`actor:` ids, at most 100). */
  excludeActorIds?: Array<string> | null | undefined;
  /** Leave out these claims, arguments or assertions (at most 100). */
  excludeIds?: Array<string> | null | undefined;
  /** Leave out what is reported only in these sources (`source:` ids, at most 100). */
  excludeSourceIds?: Array<string> | null | undefined;
  /** Take these claims or arguments as rejected (at most 100). */
  rejectIds?: Array<string> | null | undefined;
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
  claimId: string;
  /** The issue (an `issue:` id of an existing issue). */
  issueId: string;
  /** How the claim answers the issue's question. */
  stance: Stance;
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

/** How the text given to `proposeFromText` is written. */
export type TextFormat =
  /** An HTML page or fragment: reduced to its text (markup, scripts and styles dropped, entities decoded) before it is read; offsets count in that text. */
  | 'HTML'
  /** Plain text, read as it is. */
  | 'PLAIN';

/** Changes to an actor: give at least one field. Strings are trimmed; a field left out stays as it is, an optional one given as null (or empty) is cleared. */
export type UpdateActorInput = {
  /** The new role and affiliation as the source gives them, up to 1000 characters; null clears it. */
  description?: string | null | undefined;
  /** The new kind. */
  kind?: ActorKind | null | undefined;
  /** The new name, 1 to 200 characters. */
  name?: string | null | undefined;
};

/** Changes to an argument: give at least one field; what is left out stays as it is. A new `conclusionId` replaces the target argument and a new `targetArgumentId` the conclusion; an `attackKind` left out is kept while it fits (otherwise REBUT for an attack on a claim, UNDERCUT for one on an argument, none for a support). The result is checked as a new argument is: refused with BAD_USER_INPUT naming the field are no premises, a premise twice, a premise that is the conclusion, a premise, conclusion or target that is not in the argument's map, and an undercut of itself (also through other undercuts). */
export type UpdateArgumentInput = {
  /** For an attack: REBUT, UNDERMINE or UNDERCUT (an attack on an argument); null for a support. */
  attackKind?: AttackKind | null | undefined;
  /** The claim concluded (a `claim:` id of the same map). */
  conclusionId?: string | null | undefined;
  /** Support or attack. */
  kind?: ArgumentKind | null | undefined;
  /** All its premises (`claim:` ids of the same map), at least one, each once, in the order they should keep: they replace the ones it has. */
  premiseIds?: Array<string> | null | undefined;
  /** Why the premises bear on the conclusion, up to 2000 characters; null clears it. */
  rationale?: string | null | undefined;
  /** The name of the argument scheme it follows, up to 120 characters; null clears it. */
  scheme?: string | null | undefined;
  /** For an undercut: the argument attacked (an `argument:` id of the same map). */
  targetArgumentId?: string | null | undefined;
};

/** Changes to an assertion: who said it, where, in which words, when (what it asserts stays; assert something else with a new assertion). Give at least one field. Strings are trimmed; a field left out stays as it is, an optional one given as null (or empty) is cleared. */
export type UpdateAssertionInput = {
  /** The actor who really said it (an `actor:` id of the same map); cannot be null. */
  actorId?: string | null | undefined;
  /** When the actor said it; null: not known. */
  date?: string | null | undefined;
  /** The actor's words, verbatim from the source, up to 2000 characters; null clears them. */
  quote?: string | null | undefined;
  /** Where it is reported (a `source:` id of the same map); null: no source. */
  sourceId?: string | null | undefined;
};

/** Changes to a citation: give `role`, `note` or both; what is left out stays as it is. */
export type UpdateCitationInput = {
  /** How the claim reads the provision, up to 1000 characters (trimmed); null clears it. */
  note?: string | null | undefined;
  /** What the claim says the provision does to the act. */
  role?: CitationRole | null | undefined;
};

/** Changes to a claim: give `text`, `kind` or both; what is left out stays as it is. */
export type UpdateClaimInput = {
  /** The new kind. */
  kind?: ClaimKind | null | undefined;
  /** The new text, 1 to 500 characters. */
  text?: string | null | undefined;
};

/** Changes to an issue. */
export type UpdateIssueInput = {
  /** The new question, 1 to 500 characters (trimmed). */
  question?: string | null | undefined;
};

/** Changes to a provision: give at least one field. Strings are trimmed; a field left out stays as it is, an optional one given as null (or empty) is cleared. */
export type UpdateProvisionInput = {
  /** The standard citation, up to 200 characters; null clears it. */
  citation?: string | null | undefined;
  /** The new kind. */
  kind?: ProvisionKind | null | undefined;
  /** The new name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** The provision it is part of (a `provision:` id of the same map, not one of its own parts); null: part of none. */
  partOfId?: string | null | undefined;
  /** What it says, in short, up to 2000 characters; null clears it. */
  summary?: string | null | undefined;
};

/** Changes to a source: give at least one field. Strings are trimmed; a field left out stays as it is, an optional one given as null (or empty) is cleared. */
export type UpdateSourceInput = {
  /** The author, up to 200 characters; null clears it. */
  author?: string | null | undefined;
  /** The new kind. */
  kind?: SourceKind | null | undefined;
  /** When it was published; null clears it. */
  publishedAt?: string | null | undefined;
  /** The publisher, up to 200 characters; null clears it. */
  publisher?: string | null | undefined;
  /** The new title, 1 to 300 characters. */
  title?: string | null | undefined;
  /** Where to read it (http or https); null clears it. */
  url?: string | null | undefined;
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

export type MeQueryVariables = Exact<{
  mapId: string;
}>;


export type MeQuery = { me: { id: string, name: string } | null, map: { id: string, myRole: MapRole | null } | null };

export type MapMembersQueryVariables = Exact<{
  id: string;
}>;


export type MapMembersQuery = { map: { id: string, name: string, myRole: MapRole | null, members: Array<{ role: MapRole, user: { id: string, name: string } }> } | null };

export type SetMembershipMutationVariables = Exact<{
  mapId: string;
  userId: string;
  role: MapRole;
}>;


export type SetMembershipMutation = { setMembership: { role: MapRole, user: { id: string, name: string } } };

export type RemoveMembershipMutationVariables = Exact<{
  mapId: string;
  userId: string;
}>;


export type RemoveMembershipMutation = { removeMembership: boolean };

export type CreateMapMutationVariables = Exact<{
  input: CreateMapInput;
}>;


export type CreateMapMutation = { createMap: { id: string, name: string, visibility: Visibility } };

export type LastRevisionQueryVariables = Exact<{
  mapId: string;
  nodeId: string;
}>;


export type LastRevisionQuery = { revisions: { edges: Array<{ node: { revision: number, operation: string } }> } };

export type RevertMutationVariables = Exact<{
  mapId: string;
  revision: number;
}>;


export type RevertMutation = { revert: { revision: number, reverted: number, nodeIds: Array<string> } };

export type IssuePanelQueryVariables = Exact<{
  id: string;
}>;


export type IssuePanelQuery = { issue: { id: string, question: string, history: { edges: Array<{ node: { revision: number } }> }, positions: Array<{ stance: Stance, claim: { id: string, text: string } }> } | null };

export type UpdateClaimMutationVariables = Exact<{
  id: string;
  input: UpdateClaimInput;
  expectedRevision?: number | null | undefined;
}>;


export type UpdateClaimMutation = { updateClaim: { id: string } };

export type DeleteClaimMutationVariables = Exact<{
  id: string;
  expectedRevision?: number | null | undefined;
}>;


export type DeleteClaimMutation = { deleteClaim: string };

export type UpdateArgumentMutationVariables = Exact<{
  id: string;
  input: UpdateArgumentInput;
  expectedRevision?: number | null | undefined;
}>;


export type UpdateArgumentMutation = { updateArgument: { id: string } };

export type DeleteArgumentMutationVariables = Exact<{
  id: string;
  expectedRevision?: number | null | undefined;
}>;


export type DeleteArgumentMutation = { deleteArgument: string };

export type UpdateAssertionMutationVariables = Exact<{
  id: string;
  input: UpdateAssertionInput;
  expectedRevision?: number | null | undefined;
}>;


export type UpdateAssertionMutation = { updateAssertion: { id: string } };

export type DeleteAssertionMutationVariables = Exact<{
  id: string;
  expectedRevision?: number | null | undefined;
  cascade?: boolean | null | undefined;
}>;


export type DeleteAssertionMutation = { deleteAssertion: string };

export type UpdateActorMutationVariables = Exact<{
  id: string;
  input: UpdateActorInput;
  expectedRevision?: number | null | undefined;
}>;


export type UpdateActorMutation = { updateActor: { id: string } };

export type DeleteActorMutationVariables = Exact<{
  id: string;
  expectedRevision?: number | null | undefined;
  cascade?: boolean | null | undefined;
}>;


export type DeleteActorMutation = { deleteActor: string };

export type UpdateSourceMutationVariables = Exact<{
  id: string;
  input: UpdateSourceInput;
  expectedRevision?: number | null | undefined;
}>;


export type UpdateSourceMutation = { updateSource: { id: string } };

export type DeleteSourceMutationVariables = Exact<{
  id: string;
  expectedRevision?: number | null | undefined;
  cascade?: boolean | null | undefined;
}>;


export type DeleteSourceMutation = { deleteSource: string };

export type UpdateProvisionMutationVariables = Exact<{
  id: string;
  input: UpdateProvisionInput;
  expectedRevision?: number | null | undefined;
}>;


export type UpdateProvisionMutation = { updateProvision: { id: string } };

export type DeleteProvisionMutationVariables = Exact<{
  id: string;
  expectedRevision?: number | null | undefined;
  cascade?: boolean | null | undefined;
}>;


export type DeleteProvisionMutation = { deleteProvision: string };

export type UpdateIssueMutationVariables = Exact<{
  id: string;
  input: UpdateIssueInput;
  expectedRevision?: number | null | undefined;
}>;


export type UpdateIssueMutation = { updateIssue: { id: string } };

export type DeleteIssueMutationVariables = Exact<{
  id: string;
  expectedRevision?: number | null | undefined;
  cascade?: boolean | null | undefined;
}>;


export type DeleteIssueMutation = { deleteIssue: string };

export type UpdateCitationMutationVariables = Exact<{
  claimId: string;
  provisionId: string;
  input: UpdateCitationInput;
  expectedRevision?: number | null | undefined;
}>;


export type UpdateCitationMutation = { updateCitation: { role: CitationRole } };

export type RemoveCitationMutationVariables = Exact<{
  claimId: string;
  provisionId: string;
  expectedRevision?: number | null | undefined;
}>;


export type RemoveCitationMutation = { removeCitation: { id: string } };

export type SetPositionMutationVariables = Exact<{
  mapId: string;
  input: SetPositionInput;
}>;


export type SetPositionMutation = { setPosition: { stance: Stance } };

export type RemovePositionMutationVariables = Exact<{
  claimId: string;
  issueId: string;
  expectedRevision?: number | null | undefined;
}>;


export type RemovePositionMutation = { removePosition: { id: string } };

export type SimilarClaimsOfQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type SimilarClaimsOfQuery = { claim: { id: string, similar: Array<{ score: number, claim: { id: string, text: string } }> } | null };

export type SimilarClaimsQueryVariables = Exact<{
  mapId?: string | null | undefined;
  text: string;
  first?: number | null | undefined;
}>;


export type SimilarClaimsQuery = { similarClaims: Array<{ score: number, claim: { id: string, text: string } }> };

export type ClaimMergePreviewQueryVariables = Exact<{
  id: string;
}>;


export type ClaimMergePreviewQuery = { claim: { id: string, text: string, history: { edges: Array<{ node: { revision: number } }> }, assertions: Array<{ id: string }>, premiseOf: Array<{ id: string }>, supportedBy: Array<{ id: string }>, attackedBy: Array<{ id: string }>, citations: Array<{ role: CitationRole }>, positions: Array<{ stance: Stance }> } | null };

export type ActorMergePreviewQueryVariables = Exact<{
  id: string;
}>;


export type ActorMergePreviewQuery = { actor: { id: string, name: string, history: { edges: Array<{ node: { revision: number } }> }, assertions: Array<{ id: string }>, affiliations: Array<{ role: string | null }>, members: Array<{ role: string | null }> } | null };

export type ActorsNamedQueryVariables = Exact<{
  mapId?: string | null | undefined;
  nameContains: string;
}>;


export type ActorsNamedQuery = { actors: { edges: Array<{ node: { id: string, name: string, kind: ActorKind } }> } };

export type MergeClaimsMutationVariables = Exact<{
  intoId: string;
  fromIds: Array<string> | string;
  expectedRevision?: number | null | undefined;
}>;


export type MergeClaimsMutation = { mergeClaims: { id: string, mergedFrom: Array<string> } };

export type MergeActorsMutationVariables = Exact<{
  intoId: string;
  fromIds: Array<string> | string;
  expectedRevision?: number | null | undefined;
}>;


export type MergeActorsMutation = { mergeActors: { id: string, mergedFrom: Array<string> } };

export type ArgumentGraphQueryVariables = Exact<{
  mapId: string;
  rootId: string;
  depth?: number | null | undefined;
  atRevision?: number | null | undefined;
}>;


export type ArgumentGraphQuery = { argumentGraph: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string, kind: string | null, attackKind: string | null, distance: number }>, edges: Array<{ id: string, type: string, source: string, target: string, label: string | null }> } };

export type ClaimQueryVariables = Exact<{
  id: string;
  atRevision?: number | null | undefined;
  semantics?: Semantics | null | undefined;
  scenario?: ScenarioInput | null | undefined;
}>;


export type ClaimQuery = { claim: { id: string, text: string, kind: ClaimKind, mergedFrom: Array<string>, history: { edges: Array<{ node: { revision: number } }> }, positions: Array<{ stance: Stance, issue: { id: string, question: string } }>, status: { label: Label, credulous: boolean, sceptical: boolean, excluded: boolean }, explanation: { label: Label, sentences: Array<string>, defeatedBy: Array<string>, cycle: Array<string>, claims: Array<{ claimId: string, shortLabel: string, text: string }> } | null, assertions: Array<{ id: string, quote: string | null, date: string | null, history: { edges: Array<{ node: { revision: number } }> }, actor: { id: string, name: string, description: string | null }, source: { id: string, title: string, publisher: string | null, author: string | null, publishedAt: string | null } | null }>, citations: Array<{ role: CitationRole, note: string | null, provision: { id: string, name: string, citation: string | null, partOf: { name: string } | null } }>, supportedBy: Array<{ id: string, scheme: string | null, premises: Array<{ id: string, text: string }> }>, attackedBy: Array<{ id: string, attackKind: AttackKind | null, premises: Array<{ id: string, text: string }> }>, counterclaims: Array<{ id: string, text: string }> } | null };

export type ClaimHistoryQueryVariables = Exact<{
  id: string;
}>;


export type ClaimHistoryQuery = { claim: { id: string, history: { totalCount: number, edges: Array<{ node: { revision: number, at: string, keyName: string, operation: string, changes: Array<{ kind: ChangeKind, differences: Array<string> }> } }> } } | null };

export type ArgumentQueryVariables = Exact<{
  id: string;
}>;


export type ArgumentQuery = { argument: { id: string, kind: ArgumentKind, attackKind: AttackKind | null, scheme: string | null, rationale: string | null, reconstructed: boolean, history: { edges: Array<{ node: { revision: number } }> }, premises: Array<{ id: string, text: string }>, conclusion: { id: string, text: string } | null, targetArgument: { id: string } | null, assertions: Array<{ id: string, quote: string | null, actor: { id: string, name: string }, source: { id: string, title: string } | null }> } | null };

export type ProvisionQueryVariables = Exact<{
  id: string;
}>;


export type ProvisionQuery = { provision: { id: string, name: string, kind: ProvisionKind, citation: string | null, summary: string | null, history: { edges: Array<{ node: { revision: number } }> }, partOf: { id: string, name: string, citation: string | null } | null, parts: Array<{ id: string, name: string, citation: string | null }>, citedBy: Array<{ role: CitationRole, note: string | null, claim: { id: string, text: string } }> } | null };

export type ActorQueryVariables = Exact<{
  id: string;
}>;


export type ActorQuery = { actor: { id: string, name: string, kind: ActorKind, description: string | null, mergedFrom: Array<string>, history: { edges: Array<{ node: { revision: number } }> }, affiliations: Array<{ role: string | null, organization: { id: string, name: string } }>, assertions: Array<{ id: string, quote: string | null, date: string | null, claim: { id: string, text: string } | null, argument: { id: string } | null, source: { id: string, title: string } | null }> } | null };

export type SourceQueryVariables = Exact<{
  id: string;
}>;


export type SourceQuery = { source: { id: string, title: string, kind: SourceKind, publisher: string | null, author: string | null, publishedAt: string | null, url: string | null, history: { edges: Array<{ node: { revision: number } }> }, assertions: Array<{ id: string, quote: string | null, date: string | null, actor: { id: string, name: string }, claim: { id: string, text: string } | null, argument: { id: string } | null }> } | null };

export type IssueQueryVariables = Exact<{
  id: string;
  semantics: Semantics;
  scenario?: ScenarioInput | null | undefined;
}>;


export type IssueQuery = { issue: { id: string, question: string, positions: Array<{ stance: Stance, claim: { id: string, text: string, kind: ClaimKind, supportedBy: Array<{ id: string }>, attackedBy: Array<{ id: string }> } }>, verdict: Array<{ semantics: Semantics, answer: VerdictAnswer, positions: Array<{ position: { claim: { id: string } }, status: { label: Label, excluded: boolean } }> }> } | null };

export type ExpandQueryVariables = Exact<{
  id: string;
}>;


export type ExpandQuery = { claim: { id: string, supportedBy: Array<{ id: string, scheme: string | null, premises: Array<{ id: string, text: string, supportedBy: Array<{ id: string }>, attackedBy: Array<{ id: string }> }> }>, attackedBy: Array<{ id: string, attackKind: AttackKind | null, premises: Array<{ id: string, text: string, supportedBy: Array<{ id: string }>, attackedBy: Array<{ id: string }> }> }> } | null };

export type EvaluationQueryVariables = Exact<{
  mapId: string;
  semantics?: Semantics | null | undefined;
  scenario?: ScenarioInput | null | undefined;
  rootId?: string | null | undefined;
  depth?: number | null | undefined;
  atRevision?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationQuery = { evaluation: { revision: number, counts: { in: number, out: number, undec: number }, claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string }, status: { label: Label, excluded: boolean } }> } } };

export type ClaimIdsQueryVariables = Exact<{
  mapId: string;
  where?: ClaimWhere | null | undefined;
  after?: string | null | undefined;
}>;


export type ClaimIdsQuery = { claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type SearchQueryVariables = Exact<{
  mapId: string;
  text: string;
}>;


export type SearchQuery = { search: Array<{ score: number, snippet: string | null, node:
      | { __typename: 'Actor', name: string, id: string }
      | { __typename: 'Argument', id: string }
      | { __typename: 'ArgumentMap', id: string }
      | { __typename: 'Assertion', quote: string | null, id: string, claim: { id: string, text: string } | null }
      | { __typename: 'Claim', text: string, id: string }
      | { __typename: 'Issue', id: string }
      | { __typename: 'Proposal', id: string }
      | { __typename: 'Provision', name: string, citation: string | null, id: string }
      | { __typename: 'Revision', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'User', id: string }
     }> };

export type FiltersQueryVariables = Exact<{
  mapId: string;
}>;


export type FiltersQuery = { currentRevision: number, map: { id: string, name: string, description: string | null, visibility: Visibility, currentRevision: number, updatedAt: string, claimCount: number, argumentCount: number, myRole: MapRole | null } | null, issues: { edges: Array<{ node: { id: string, question: string, positions: Array<{ stance: Stance, claim: { id: string } }> } }> }, actors: { edges: Array<{ node: { id: string, name: string } }> }, sources: { edges: Array<{ node: { id: string, title: string } }> }, provisions: { edges: Array<{ node: { id: string, name: string, citation: string | null } }> } };

export type CurrentRevisionQueryVariables = Exact<{
  mapId: string;
}>;


export type CurrentRevisionQuery = { currentRevision: number };

export type ChangesSubscriptionVariables = Exact<{
  mapId: string;
  afterRevision?: number | null | undefined;
}>;


export type ChangesSubscription = { changes: { revision: number, at: string, operation: string, keyName: string, ids: Array<string> } };

export type CreateClaimMutationVariables = Exact<{
  mapId: string;
  input: CreateClaimInput;
}>;


export type CreateClaimMutation = { createClaim: { id: string, text: string } };

export type CreateArgumentMutationVariables = Exact<{
  mapId: string;
  input: CreateArgumentInput;
}>;


export type CreateArgumentMutation = { createArgument: { id: string, kind: ArgumentKind } };

export type AddAssertionMutationVariables = Exact<{
  mapId: string;
  input: AddAssertionInput;
}>;


export type AddAssertionMutation = { addAssertion: { id: string } };

export type CiteProvisionMutationVariables = Exact<{
  mapId: string;
  input: CiteProvisionInput;
}>;


export type CiteProvisionMutation = { citeProvision: { role: CitationRole, provision: { id: string } } };

export type ChainsQueryVariables = Exact<{
  mapId: string;
  fromId: string;
  toId: string;
  atRevision?: number | null | undefined;
  semantics?: Semantics | null | undefined;
  scenario?: ScenarioInput | null | undefined;
}>;


export type ChainsQuery = { argumentChains: Array<{ length: number, arguments: Array<{ id: string, kind: ArgumentKind, attackKind: AttackKind | null, scheme: string | null, premises: Array<{ id: string, shortLabel: string, text: string }>, undercutBy: Array<{ id: string, premises: Array<{ id: string, shortLabel: string }> }> }>, claims: Array<{ id: string, text: string, shortLabel: string, status: { label: Label, excluded: boolean }, assertions: Array<{ id: string, quote: string | null, actor: { id: string, name: string }, source: { id: string, title: string } | null }> }> }> };

export type JustificationQueryVariables = Exact<{
  id: string;
  atRevision?: number | null | undefined;
  semantics?: Semantics | null | undefined;
  scenario?: ScenarioInput | null | undefined;
}>;


export type JustificationQuery = { claim: { id: string, text: string, shortLabel: string, status: { label: Label, excluded: boolean }, justification: Array<{ label: Label, sentences: Array<string>, truncated: boolean, steps: Array<{ argumentId: string, kind: ArgumentKind, attackKind: AttackKind | null, premiseIds: Array<string>, conclusionId: string | null, targetArgumentId: string | null, label: Label, failedPremiseId: string | null, undercutById: string | null, rejectedByScenario: boolean, depth: number, sentence: string }>, claims: Array<{ claimId: string, label: Label, shortLabel: string, text: string, speakers: Array<string>, unattacked: boolean }> }> } | null };

export type ClaimQuotesQueryVariables = Exact<{
  id: string;
}>;


export type ClaimQuotesQuery = { claim: { id: string, assertions: Array<{ id: string, quote: string | null, actor: { id: string, name: string }, source: { id: string, title: string } | null }> } | null };

export type MapsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MapsQuery = { maps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, visibility: Visibility, currentRevision: number, updatedAt: string, claimCount: number, argumentCount: number, myRole: MapRole | null } }> } };

export type MapQueryVariables = Exact<{
  id: string;
}>;


export type MapQuery = { map: { id: string, name: string, description: string | null, visibility: Visibility, currentRevision: number, updatedAt: string, claimCount: number, argumentCount: number, myRole: MapRole | null } | null };

export type MapClaimsQueryVariables = Exact<{
  mapId: string;
}>;


export type MapClaimsQuery = { claims: { totalCount: number, edges: Array<{ node: { id: string, text: string, kind: ClaimKind, supportedBy: Array<{ id: string }>, attackedBy: Array<{ id: string }> } }> } };

export type ProposeFromTextMutationVariables = Exact<{
  mapId: string;
  input: ProposeFromTextInput;
}>;


export type ProposeFromTextMutation = { proposeFromText: { id: string, status: ProposalStatus, text: string, items: Array<{ id: string, start: number, end: number, quote: string, status: ProposalStatus, claimText: string, kind: ClaimKind, speaker: { name: string, description: string | null, kind: ActorKind, confidence: number, actor: { id: string, name: string } | null }, matches: Array<{ relation: MatchRelation, score: number, claim: { id: string, text: string } }>, assertion: { id: string } | null }>, links: Array<{ kind: ArgumentKind, premise: { id: string }, conclusion: { id: string } }> } };

export type AcceptProposedMutationVariables = Exact<{
  proposalId: string;
  items: Array<AcceptItemInput> | AcceptItemInput;
}>;


export type AcceptProposedMutation = { acceptProposedAssertions: { revision: number, proposal: { status: ProposalStatus, items: Array<{ id: string, status: ProposalStatus, speaker: { name: string, actor: { id: string, name: string } | null }, assertion: { id: string } | null }> } } };

export type RejectProposedMutationVariables = Exact<{
  proposalId: string;
  ids: Array<string> | string;
}>;


export type RejectProposedMutation = { rejectProposedAssertions: { status: ProposalStatus, items: Array<{ id: string, status: ProposalStatus }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
    query Me($mapId: ID!) {
  me {
    id
    name
  }
  map(id: $mapId) {
    id
    myRole
  }
}
    `, {"hash":"sha256:eac864e6fb8df02a2176a8a783fe1e4033cab5211c84122e6fea1a7a2c8dbfaa"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MapMembersDocument = new TypedDocumentString(`
    query MapMembers($id: ID!) {
  map(id: $id) {
    id
    name
    myRole
    members {
      role
      user {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:3d7a969dea8ef5cc6ebb6d820d54ae55d38afd116ca8c6d708a4639c6765d95c"}) as unknown as TypedDocumentString<MapMembersQuery, MapMembersQueryVariables>;
export const SetMembershipDocument = new TypedDocumentString(`
    mutation SetMembership($mapId: ID!, $userId: ID!, $role: MapRole!) {
  setMembership(mapId: $mapId, userId: $userId, role: $role) {
    role
    user {
      id
      name
    }
  }
}
    `, {"hash":"sha256:fa3b67a65138883b427e60a16bdc782fef21de911a0359f398f96c514205aa66"}) as unknown as TypedDocumentString<SetMembershipMutation, SetMembershipMutationVariables>;
export const RemoveMembershipDocument = new TypedDocumentString(`
    mutation RemoveMembership($mapId: ID!, $userId: ID!) {
  removeMembership(mapId: $mapId, userId: $userId)
}
    `, {"hash":"sha256:5faff7c6ce61dfcf7a0e7f925e5b1405d3f2695825c91920948407a2ef49723b"}) as unknown as TypedDocumentString<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const CreateMapDocument = new TypedDocumentString(`
    mutation CreateMap($input: CreateMapInput!) {
  createMap(input: $input) {
    id
    name
    visibility
  }
}
    `, {"hash":"sha256:b09c948e7393acda3389f1fc9243fc9223469fdcb912fa812a0314a6cff6f91a"}) as unknown as TypedDocumentString<CreateMapMutation, CreateMapMutationVariables>;
export const LastRevisionDocument = new TypedDocumentString(`
    query LastRevision($mapId: ID!, $nodeId: ID!) {
  revisions(mapId: $mapId, nodeId: $nodeId, last: 1) {
    edges {
      node {
        revision
        operation
      }
    }
  }
}
    `, {"hash":"sha256:4e8386315234e63742b2a368a5b7b62fddf4a11868598e7033454be17abd25a9"}) as unknown as TypedDocumentString<LastRevisionQuery, LastRevisionQueryVariables>;
export const RevertDocument = new TypedDocumentString(`
    mutation Revert($mapId: ID!, $revision: Int!) {
  revert(mapId: $mapId, revision: $revision) {
    revision
    reverted
    nodeIds
  }
}
    `, {"hash":"sha256:7f61b75342309862db52178f2b648c6c49c8b0fcc88444c18efbcaf5d0ac1c75"}) as unknown as TypedDocumentString<RevertMutation, RevertMutationVariables>;
export const IssuePanelDocument = new TypedDocumentString(`
    query IssuePanel($id: ID!) {
  issue(id: $id) {
    id
    question
    history(last: 1) {
      edges {
        node {
          revision
        }
      }
    }
    positions {
      stance
      claim {
        id
        text
      }
    }
  }
}
    `, {"hash":"sha256:181ec11543c662e4761823b5d3f9757facceb1636287f2b68d777c1633077a0a"}) as unknown as TypedDocumentString<IssuePanelQuery, IssuePanelQueryVariables>;
export const UpdateClaimDocument = new TypedDocumentString(`
    mutation UpdateClaim($id: ID!, $input: UpdateClaimInput!, $expectedRevision: Int) {
  updateClaim(id: $id, input: $input, expectedRevision: $expectedRevision) {
    id
  }
}
    `, {"hash":"sha256:d1d9f88933c5c44f69e1e59ae44eeffa8defe612c784ddeae0331ccc1ea3bfcf"}) as unknown as TypedDocumentString<UpdateClaimMutation, UpdateClaimMutationVariables>;
export const DeleteClaimDocument = new TypedDocumentString(`
    mutation DeleteClaim($id: ID!, $expectedRevision: Int) {
  deleteClaim(id: $id, expectedRevision: $expectedRevision)
}
    `, {"hash":"sha256:62491b6566bdcd5a9c7ddfce2c76d7200c59c996364d2dcdaf1f98310d605782"}) as unknown as TypedDocumentString<DeleteClaimMutation, DeleteClaimMutationVariables>;
export const UpdateArgumentDocument = new TypedDocumentString(`
    mutation UpdateArgument($id: ID!, $input: UpdateArgumentInput!, $expectedRevision: Int) {
  updateArgument(id: $id, input: $input, expectedRevision: $expectedRevision) {
    id
  }
}
    `, {"hash":"sha256:5efbacedb301ccb1620b1a58ee96d28fe1ca847cbaba294ba1169fc3b4b0a82a"}) as unknown as TypedDocumentString<UpdateArgumentMutation, UpdateArgumentMutationVariables>;
export const DeleteArgumentDocument = new TypedDocumentString(`
    mutation DeleteArgument($id: ID!, $expectedRevision: Int) {
  deleteArgument(id: $id, expectedRevision: $expectedRevision)
}
    `, {"hash":"sha256:7023bc42ae4a52e8ddca17728f0dc0cc52bb761547ead31b28a81e648a042607"}) as unknown as TypedDocumentString<DeleteArgumentMutation, DeleteArgumentMutationVariables>;
export const UpdateAssertionDocument = new TypedDocumentString(`
    mutation UpdateAssertion($id: ID!, $input: UpdateAssertionInput!, $expectedRevision: Int) {
  updateAssertion(id: $id, input: $input, expectedRevision: $expectedRevision) {
    id
  }
}
    `, {"hash":"sha256:baf3b8bdc89c25c55c2ac90ac9d7f91041e9b70319603f15e996f148434bfaa9"}) as unknown as TypedDocumentString<UpdateAssertionMutation, UpdateAssertionMutationVariables>;
export const DeleteAssertionDocument = new TypedDocumentString(`
    mutation DeleteAssertion($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
  deleteAssertion(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
}
    `, {"hash":"sha256:b0224f385a1b154adbb515fded47203343bcd3a89c49f02aec7c8ef8b40fea1b"}) as unknown as TypedDocumentString<DeleteAssertionMutation, DeleteAssertionMutationVariables>;
export const UpdateActorDocument = new TypedDocumentString(`
    mutation UpdateActor($id: ID!, $input: UpdateActorInput!, $expectedRevision: Int) {
  updateActor(id: $id, input: $input, expectedRevision: $expectedRevision) {
    id
  }
}
    `, {"hash":"sha256:162723ea91ad1c405ce18f9b8199cf3d26c2c632dbab4593eec80060e5e86890"}) as unknown as TypedDocumentString<UpdateActorMutation, UpdateActorMutationVariables>;
export const DeleteActorDocument = new TypedDocumentString(`
    mutation DeleteActor($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
  deleteActor(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
}
    `, {"hash":"sha256:b2cebe817f0c24408c370f366bbc5f0f3c4891be8a2efb0f658c5bdbe0f8a435"}) as unknown as TypedDocumentString<DeleteActorMutation, DeleteActorMutationVariables>;
export const UpdateSourceDocument = new TypedDocumentString(`
    mutation UpdateSource($id: ID!, $input: UpdateSourceInput!, $expectedRevision: Int) {
  updateSource(id: $id, input: $input, expectedRevision: $expectedRevision) {
    id
  }
}
    `, {"hash":"sha256:877174543352c1ae64419649ed34420e75b4263927563c266dd63a58ef3bac50"}) as unknown as TypedDocumentString<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const DeleteSourceDocument = new TypedDocumentString(`
    mutation DeleteSource($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
  deleteSource(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
}
    `, {"hash":"sha256:f0721b56d93d883cdbd35ef1daa111d312039fd06ffff19cd020e1ce9f736c7a"}) as unknown as TypedDocumentString<DeleteSourceMutation, DeleteSourceMutationVariables>;
export const UpdateProvisionDocument = new TypedDocumentString(`
    mutation UpdateProvision($id: ID!, $input: UpdateProvisionInput!, $expectedRevision: Int) {
  updateProvision(id: $id, input: $input, expectedRevision: $expectedRevision) {
    id
  }
}
    `, {"hash":"sha256:2268708634f45e09025a3b572c4eac01dc0667be9cc6031c22d5100723f72de9"}) as unknown as TypedDocumentString<UpdateProvisionMutation, UpdateProvisionMutationVariables>;
export const DeleteProvisionDocument = new TypedDocumentString(`
    mutation DeleteProvision($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
  deleteProvision(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
}
    `, {"hash":"sha256:0541f2a78c73902b0d279aa11b4b4e5d6cb8d943e3b8a9cdb5fd7c25ba707832"}) as unknown as TypedDocumentString<DeleteProvisionMutation, DeleteProvisionMutationVariables>;
export const UpdateIssueDocument = new TypedDocumentString(`
    mutation UpdateIssue($id: ID!, $input: UpdateIssueInput!, $expectedRevision: Int) {
  updateIssue(id: $id, input: $input, expectedRevision: $expectedRevision) {
    id
  }
}
    `, {"hash":"sha256:6adec59912213daf05c408799e000396e49bcfed379d4282abcacbc5cd50a8f6"}) as unknown as TypedDocumentString<UpdateIssueMutation, UpdateIssueMutationVariables>;
export const DeleteIssueDocument = new TypedDocumentString(`
    mutation DeleteIssue($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
  deleteIssue(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
}
    `, {"hash":"sha256:cd5a83239366b7a63b211a40596034aef6c27a06041364911497ec27b110bc31"}) as unknown as TypedDocumentString<DeleteIssueMutation, DeleteIssueMutationVariables>;
export const UpdateCitationDocument = new TypedDocumentString(`
    mutation UpdateCitation($claimId: ID!, $provisionId: ID!, $input: UpdateCitationInput!, $expectedRevision: Int) {
  updateCitation(
    claimId: $claimId
    provisionId: $provisionId
    input: $input
    expectedRevision: $expectedRevision
  ) {
    role
  }
}
    `, {"hash":"sha256:42dfd70e01299ea75a4d4adc4bd5ab1e145cb1f7e20d99cfa3e9e839ef4bfee7"}) as unknown as TypedDocumentString<UpdateCitationMutation, UpdateCitationMutationVariables>;
export const RemoveCitationDocument = new TypedDocumentString(`
    mutation RemoveCitation($claimId: ID!, $provisionId: ID!, $expectedRevision: Int) {
  removeCitation(
    claimId: $claimId
    provisionId: $provisionId
    expectedRevision: $expectedRevision
  ) {
    id
  }
}
    `, {"hash":"sha256:240a95eb5b4f9815c278ad68962d75662f17b1392075206f39156c09203e0fa1"}) as unknown as TypedDocumentString<RemoveCitationMutation, RemoveCitationMutationVariables>;
export const SetPositionDocument = new TypedDocumentString(`
    mutation SetPosition($mapId: ID!, $input: SetPositionInput!) {
  setPosition(mapId: $mapId, input: $input) {
    stance
  }
}
    `, {"hash":"sha256:d98efe998270763ab80d2db6370643ea79378c43481d09489888bec4000fec3e"}) as unknown as TypedDocumentString<SetPositionMutation, SetPositionMutationVariables>;
export const RemovePositionDocument = new TypedDocumentString(`
    mutation RemovePosition($claimId: ID!, $issueId: ID!, $expectedRevision: Int) {
  removePosition(
    claimId: $claimId
    issueId: $issueId
    expectedRevision: $expectedRevision
  ) {
    id
  }
}
    `, {"hash":"sha256:89790e2720430e1420c6e959b32d383cd10c636cc662b4e09fe00ce0583aebfe"}) as unknown as TypedDocumentString<RemovePositionMutation, RemovePositionMutationVariables>;
export const SimilarClaimsOfDocument = new TypedDocumentString(`
    query SimilarClaimsOf($id: ID!, $first: Int) {
  claim(id: $id) {
    id
    similar(first: $first) {
      score
      claim {
        id
        text
      }
    }
  }
}
    `, {"hash":"sha256:8ba10c88106f6c3e3a571d06d747873c042b9145ad48221b966bcd31fac0b746"}) as unknown as TypedDocumentString<SimilarClaimsOfQuery, SimilarClaimsOfQueryVariables>;
export const SimilarClaimsDocument = new TypedDocumentString(`
    query SimilarClaims($mapId: ID, $text: String!, $first: Int) {
  similarClaims(mapId: $mapId, text: $text, first: $first) {
    score
    claim {
      id
      text
    }
  }
}
    `, {"hash":"sha256:b7069d98704ff12ccd46b900ecaaf300ad632709ab32417b7d7d888afec28f97"}) as unknown as TypedDocumentString<SimilarClaimsQuery, SimilarClaimsQueryVariables>;
export const ClaimMergePreviewDocument = new TypedDocumentString(`
    query ClaimMergePreview($id: ID!) {
  claim(id: $id) {
    id
    text
    history(last: 1) {
      edges {
        node {
          revision
        }
      }
    }
    assertions {
      id
    }
    premiseOf {
      id
    }
    supportedBy {
      id
    }
    attackedBy {
      id
    }
    citations {
      role
    }
    positions {
      stance
    }
  }
}
    `, {"hash":"sha256:8ba77e596a97b93e3d0e8a47afed587e1ed98af49d117fc43c38444706500040"}) as unknown as TypedDocumentString<ClaimMergePreviewQuery, ClaimMergePreviewQueryVariables>;
export const ActorMergePreviewDocument = new TypedDocumentString(`
    query ActorMergePreview($id: ID!) {
  actor(id: $id) {
    id
    name
    history(last: 1) {
      edges {
        node {
          revision
        }
      }
    }
    assertions {
      id
    }
    affiliations {
      role
    }
    members {
      role
    }
  }
}
    `, {"hash":"sha256:ea68320ecfddede5a08f3c73c480fe67556314ea4908db8b1148663f3284c5ad"}) as unknown as TypedDocumentString<ActorMergePreviewQuery, ActorMergePreviewQueryVariables>;
export const ActorsNamedDocument = new TypedDocumentString(`
    query ActorsNamed($mapId: ID, $nameContains: String!) {
  actors(mapId: $mapId, where: {nameContains: $nameContains}, first: 10) {
    edges {
      node {
        id
        name
        kind
      }
    }
  }
}
    `, {"hash":"sha256:96aeacc26acff10d62c4de30a699349df3ba389e56e3fbbc1565dfbd0c32e1aa"}) as unknown as TypedDocumentString<ActorsNamedQuery, ActorsNamedQueryVariables>;
export const MergeClaimsDocument = new TypedDocumentString(`
    mutation MergeClaims($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {
  mergeClaims(
    intoId: $intoId
    fromIds: $fromIds
    expectedRevision: $expectedRevision
  ) {
    id
    mergedFrom
  }
}
    `, {"hash":"sha256:431ae16134a43e44f9fe98d650e1691f5a60ee469c6832a880372f2b33a4aa2f"}) as unknown as TypedDocumentString<MergeClaimsMutation, MergeClaimsMutationVariables>;
export const MergeActorsDocument = new TypedDocumentString(`
    mutation MergeActors($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {
  mergeActors(
    intoId: $intoId
    fromIds: $fromIds
    expectedRevision: $expectedRevision
  ) {
    id
    mergedFrom
  }
}
    `, {"hash":"sha256:81bfa0265ea347297edf1a6ce4f2fd39b5dc6b3b8950a8458b490f820d09d9bd"}) as unknown as TypedDocumentString<MergeActorsMutation, MergeActorsMutationVariables>;
export const ArgumentGraphDocument = new TypedDocumentString(`
    query ArgumentGraph($mapId: ID!, $rootId: ID!, $depth: Int, $atRevision: Int) {
  argumentGraph(
    mapId: $mapId
    rootId: $rootId
    depth: $depth
    atRevision: $atRevision
    limit: 2000
  ) {
    truncated
    nodes {
      id
      type
      label
      kind
      attackKind
      distance
    }
    edges {
      id
      type
      source
      target
      label
    }
  }
}
    `, {"hash":"sha256:1dcb85441f7f703ae9f2140360dc2d5f57d391c103529c7748669929000af66f"}) as unknown as TypedDocumentString<ArgumentGraphQuery, ArgumentGraphQueryVariables>;
export const ClaimDocument = new TypedDocumentString(`
    query Claim($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {
  claim(id: $id, atRevision: $atRevision) {
    id
    text
    kind
    mergedFrom
    history(last: 1) {
      edges {
        node {
          revision
        }
      }
    }
    positions {
      stance
      issue {
        id
        question
      }
    }
    status(semantics: $semantics, scenario: $scenario) {
      label
      credulous
      sceptical
      excluded
    }
    explanation(semantics: $semantics, scenario: $scenario) {
      label
      sentences
      defeatedBy
      cycle
      claims {
        claimId
        shortLabel
        text
      }
    }
    assertions {
      id
      quote
      date
      history(last: 1) {
        edges {
          node {
            revision
          }
        }
      }
      actor {
        id
        name
        description
      }
      source {
        id
        title
        publisher
        author
        publishedAt
      }
    }
    citations {
      role
      note
      provision {
        id
        name
        citation
        partOf {
          name
        }
      }
    }
    supportedBy {
      id
      scheme
      premises {
        id
        text
      }
    }
    attackedBy {
      id
      attackKind
      premises {
        id
        text
      }
    }
    counterclaims {
      id
      text
    }
  }
}
    `, {"hash":"sha256:35600e4e5cbb37af4f4ae6537dceb61fa504120046b4ac6d14c64d9d9d9fa456"}) as unknown as TypedDocumentString<ClaimQuery, ClaimQueryVariables>;
export const ClaimHistoryDocument = new TypedDocumentString(`
    query ClaimHistory($id: ID!) {
  claim(id: $id) {
    id
    history(last: 30) {
      totalCount
      edges {
        node {
          revision
          at
          keyName
          operation
          changes(nodeId: $id, first: 1) {
            kind
            differences
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:069370bfe9e95baea8a40e44dfd05b03f644578340cb64d62852178b3d219db7"}) as unknown as TypedDocumentString<ClaimHistoryQuery, ClaimHistoryQueryVariables>;
export const ArgumentDocument = new TypedDocumentString(`
    query Argument($id: ID!) {
  argument(id: $id) {
    id
    history(last: 1) {
      edges {
        node {
          revision
        }
      }
    }
    kind
    attackKind
    scheme
    rationale
    reconstructed
    premises {
      id
      text
    }
    conclusion {
      id
      text
    }
    targetArgument {
      id
    }
    assertions {
      id
      quote
      actor {
        id
        name
      }
      source {
        id
        title
      }
    }
  }
}
    `, {"hash":"sha256:d025d3a562ab774a4786dfdf37503b91214b842e5c01c227981eda3213b6b5ac"}) as unknown as TypedDocumentString<ArgumentQuery, ArgumentQueryVariables>;
export const ProvisionDocument = new TypedDocumentString(`
    query Provision($id: ID!) {
  provision(id: $id) {
    id
    history(last: 1) {
      edges {
        node {
          revision
        }
      }
    }
    name
    kind
    citation
    summary
    partOf {
      id
      name
      citation
    }
    parts {
      id
      name
      citation
    }
    citedBy {
      role
      note
      claim {
        id
        text
      }
    }
  }
}
    `, {"hash":"sha256:3706bccc03394cc46e48e581a8f496a275e0accea9685c37f7e64cc875c33ab3"}) as unknown as TypedDocumentString<ProvisionQuery, ProvisionQueryVariables>;
export const ActorDocument = new TypedDocumentString(`
    query Actor($id: ID!) {
  actor(id: $id) {
    id
    history(last: 1) {
      edges {
        node {
          revision
        }
      }
    }
    name
    kind
    description
    mergedFrom
    affiliations {
      role
      organization {
        id
        name
      }
    }
    assertions {
      id
      quote
      date
      claim {
        id
        text
      }
      argument {
        id
      }
      source {
        id
        title
      }
    }
  }
}
    `, {"hash":"sha256:1e26203b7e626e29cd034187c0d467bb17d38e23a9fdbc5c8540428a72c17569"}) as unknown as TypedDocumentString<ActorQuery, ActorQueryVariables>;
export const SourceDocument = new TypedDocumentString(`
    query Source($id: ID!) {
  source(id: $id) {
    id
    history(last: 1) {
      edges {
        node {
          revision
        }
      }
    }
    title
    kind
    publisher
    author
    publishedAt
    url
    assertions {
      id
      quote
      date
      actor {
        id
        name
      }
      claim {
        id
        text
      }
      argument {
        id
      }
    }
  }
}
    `, {"hash":"sha256:7fed82f6cb8e24b4956d2fcafc29f1a6414aa07ae68e49af89fb80ae61f24cdd"}) as unknown as TypedDocumentString<SourceQuery, SourceQueryVariables>;
export const IssueDocument = new TypedDocumentString(`
    query Issue($id: ID!, $semantics: Semantics!, $scenario: ScenarioInput) {
  issue(id: $id) {
    id
    question
    positions {
      stance
      claim {
        id
        text
        kind
        supportedBy {
          id
        }
        attackedBy {
          id
        }
      }
    }
    verdict(semantics: [$semantics], scenario: $scenario) {
      semantics
      answer
      positions {
        position {
          claim {
            id
          }
        }
        status {
          label
          excluded
        }
      }
    }
  }
}
    `, {"hash":"sha256:15769bacf885493e6dd39d2c0a92f13c45fc010216ce8378d802d491a9a59eee"}) as unknown as TypedDocumentString<IssueQuery, IssueQueryVariables>;
export const ExpandDocument = new TypedDocumentString(`
    query Expand($id: ID!) {
  claim(id: $id) {
    id
    supportedBy {
      id
      scheme
      premises {
        id
        text
        supportedBy {
          id
        }
        attackedBy {
          id
        }
      }
    }
    attackedBy {
      id
      attackKind
      premises {
        id
        text
        supportedBy {
          id
        }
        attackedBy {
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:d404c234156482897d377cfd5a5bfe096d1c01febbb6600c10ca57ba03534f35"}) as unknown as TypedDocumentString<ExpandQuery, ExpandQueryVariables>;
export const EvaluationDocument = new TypedDocumentString(`
    query Evaluation($mapId: ID!, $semantics: Semantics, $scenario: ScenarioInput, $rootId: ID, $depth: Int, $atRevision: Int, $after: String) {
  evaluation(
    mapId: $mapId
    semantics: $semantics
    scenario: $scenario
    rootId: $rootId
    depth: $depth
    atRevision: $atRevision
  ) {
    revision
    counts {
      in
      out
      undec
    }
    claims(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
        status {
          label
          excluded
        }
      }
    }
  }
}
    `, {"hash":"sha256:77d253f9aefc1ddcd81b84ef02d4516a931aabaeacb1310142f98acc0ea89480"}) as unknown as TypedDocumentString<EvaluationQuery, EvaluationQueryVariables>;
export const ClaimIdsDocument = new TypedDocumentString(`
    query ClaimIds($mapId: ID!, $where: ClaimWhere, $after: String) {
  claims(mapId: $mapId, where: $where, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:82e4377ab0e31fad1da52da6e30220856eed69a43f0eb5c9a40c2ecba8adee2d"}) as unknown as TypedDocumentString<ClaimIdsQuery, ClaimIdsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($mapId: ID!, $text: String!) {
  search(mapId: $mapId, text: $text, first: 10) {
    score
    snippet
    node {
      __typename
      id
      ... on Claim {
        text
      }
      ... on Actor {
        name
      }
      ... on Provision {
        name
        citation
      }
      ... on Assertion {
        quote
        claim {
          id
          text
        }
      }
    }
  }
}
    `, {"hash":"sha256:60b4285ba66be207b6a38a0290beb8f9588073a65df5b156883e4e0529effb96"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const FiltersDocument = new TypedDocumentString(`
    query Filters($mapId: ID!) {
  map(id: $mapId) {
    id
    name
    description
    visibility
    currentRevision
    updatedAt
    claimCount
    argumentCount
    myRole
  }
  currentRevision(mapId: $mapId)
  issues(mapId: $mapId, first: 1) {
    edges {
      node {
        id
        question
        positions {
          stance
          claim {
            id
          }
        }
      }
    }
  }
  actors(mapId: $mapId, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
  sources(mapId: $mapId, first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
  provisions(mapId: $mapId, first: 100) {
    edges {
      node {
        id
        name
        citation
      }
    }
  }
}
    `, {"hash":"sha256:7fa088b61b23b98044eac63a2228fb0e38fe81c4fa9e3c8eeda25c43d03d1612"}) as unknown as TypedDocumentString<FiltersQuery, FiltersQueryVariables>;
export const CurrentRevisionDocument = new TypedDocumentString(`
    query CurrentRevision($mapId: ID!) {
  currentRevision(mapId: $mapId)
}
    `, {"hash":"sha256:64f48cc47d49dc52bc5160482fd2aec287b26020abaf0ff51edbe02aecbde1e7"}) as unknown as TypedDocumentString<CurrentRevisionQuery, CurrentRevisionQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    subscription Changes($mapId: ID!, $afterRevision: Int) {
  changes(mapId: $mapId, afterRevision: $afterRevision) {
    revision
    at
    operation
    keyName
    ids
  }
}
    `, {"hash":"sha256:e998aa1d2ed05fd6be08f8b0d026e4eee4d454bf9d17740b9e017abdf51ad6a0"}) as unknown as TypedDocumentString<ChangesSubscription, ChangesSubscriptionVariables>;
export const CreateClaimDocument = new TypedDocumentString(`
    mutation CreateClaim($mapId: ID!, $input: CreateClaimInput!) {
  createClaim(mapId: $mapId, input: $input) {
    id
    text
  }
}
    `, {"hash":"sha256:7a0f73419b973b0a28a4f027608b3a144b862c81c483a961c3727d1f33539fde"}) as unknown as TypedDocumentString<CreateClaimMutation, CreateClaimMutationVariables>;
export const CreateArgumentDocument = new TypedDocumentString(`
    mutation CreateArgument($mapId: ID!, $input: CreateArgumentInput!) {
  createArgument(mapId: $mapId, input: $input) {
    id
    kind
  }
}
    `, {"hash":"sha256:979950ed94b009778f83f9ce58a9b65fa0c9fb0c5fdbad54b418d0aa377a61d7"}) as unknown as TypedDocumentString<CreateArgumentMutation, CreateArgumentMutationVariables>;
export const AddAssertionDocument = new TypedDocumentString(`
    mutation AddAssertion($mapId: ID!, $input: AddAssertionInput!) {
  addAssertion(mapId: $mapId, input: $input) {
    id
  }
}
    `, {"hash":"sha256:acf96d68305ba08dcd818c0b53f5d9a157512458063307933122c31422d0531c"}) as unknown as TypedDocumentString<AddAssertionMutation, AddAssertionMutationVariables>;
export const CiteProvisionDocument = new TypedDocumentString(`
    mutation CiteProvision($mapId: ID!, $input: CiteProvisionInput!) {
  citeProvision(mapId: $mapId, input: $input) {
    role
    provision {
      id
    }
  }
}
    `, {"hash":"sha256:d9cefb69ae17c695f29a5c5b6de48bb001f8e6f5e10703e0730bf51fdf2eb6b0"}) as unknown as TypedDocumentString<CiteProvisionMutation, CiteProvisionMutationVariables>;
export const ChainsDocument = new TypedDocumentString(`
    query Chains($mapId: ID!, $fromId: ID!, $toId: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {
  argumentChains(
    mapId: $mapId
    fromId: $fromId
    toId: $toId
    maxLength: 6
    first: 20
    atRevision: $atRevision
  ) {
    length
    arguments {
      id
      kind
      attackKind
      scheme
      premises {
        id
        shortLabel
        text
      }
      undercutBy {
        id
        premises {
          id
          shortLabel
        }
      }
    }
    claims {
      id
      text
      shortLabel
      status(semantics: $semantics, scenario: $scenario) {
        label
        excluded
      }
      assertions {
        id
        quote
        actor {
          id
          name
        }
        source {
          id
          title
        }
      }
    }
  }
}
    `, {"hash":"sha256:549a3ac04f98e70a9123bc0bc3683368387028d9a440f7b56de3541f5d3e1f62"}) as unknown as TypedDocumentString<ChainsQuery, ChainsQueryVariables>;
export const JustificationDocument = new TypedDocumentString(`
    query Justification($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {
  claim(id: $id, atRevision: $atRevision) {
    id
    text
    shortLabel
    status(semantics: $semantics, scenario: $scenario) {
      label
      excluded
    }
    justification(semantics: $semantics, scenario: $scenario) {
      label
      sentences
      truncated
      steps {
        argumentId
        kind
        attackKind
        premiseIds
        conclusionId
        targetArgumentId
        label
        failedPremiseId
        undercutById
        rejectedByScenario
        depth
        sentence
      }
      claims {
        claimId
        label
        shortLabel
        text
        speakers
        unattacked
      }
    }
  }
}
    `, {"hash":"sha256:e401a928847c87877fd44fbf6fe13ca5a1a777e20b5a255a5ecfe7e973023b03"}) as unknown as TypedDocumentString<JustificationQuery, JustificationQueryVariables>;
export const ClaimQuotesDocument = new TypedDocumentString(`
    query ClaimQuotes($id: ID!) {
  claim(id: $id) {
    id
    assertions {
      id
      quote
      actor {
        id
        name
      }
      source {
        id
        title
      }
    }
  }
}
    `, {"hash":"sha256:5b811b0385d6e0b1853869b995b595c972e75751d3766d0352171c2492deaec5"}) as unknown as TypedDocumentString<ClaimQuotesQuery, ClaimQuotesQueryVariables>;
export const MapsDocument = new TypedDocumentString(`
    query Maps($after: String) {
  maps(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        description
        visibility
        currentRevision
        updatedAt
        claimCount
        argumentCount
        myRole
      }
    }
  }
}
    `, {"hash":"sha256:953073613ceeafdd8a3f7e61e868982b0ca767b48985f62c968ca6d286d22a00"}) as unknown as TypedDocumentString<MapsQuery, MapsQueryVariables>;
export const MapDocument = new TypedDocumentString(`
    query Map($id: ID!) {
  map(id: $id) {
    id
    name
    description
    visibility
    currentRevision
    updatedAt
    claimCount
    argumentCount
    myRole
  }
}
    `, {"hash":"sha256:f37256e87660dddbad99bbb029de48fad475f2956dc0ce9674bf01dd84cd297f"}) as unknown as TypedDocumentString<MapQuery, MapQueryVariables>;
export const MapClaimsDocument = new TypedDocumentString(`
    query MapClaims($mapId: ID!) {
  claims(mapId: $mapId, first: 30) {
    totalCount
    edges {
      node {
        id
        text
        kind
        supportedBy {
          id
        }
        attackedBy {
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:fa074f0e5aee54ba9d6e2f59fbab7b85179e7a0044cd225b5e42b5b1147bdc82"}) as unknown as TypedDocumentString<MapClaimsQuery, MapClaimsQueryVariables>;
export const ProposeFromTextDocument = new TypedDocumentString(`
    mutation ProposeFromText($mapId: ID!, $input: ProposeFromTextInput!) {
  proposeFromText(mapId: $mapId, input: $input) {
    id
    status
    text
    items {
      id
      start
      end
      quote
      status
      claimText
      kind
      speaker {
        name
        description
        kind
        confidence
        actor {
          id
          name
        }
      }
      matches {
        relation
        score
        claim {
          id
          text
        }
      }
      assertion {
        id
      }
    }
    links {
      premise {
        id
      }
      conclusion {
        id
      }
      kind
    }
  }
}
    `, {"hash":"sha256:97ebabeaa7310da63cfc74eb31d06bc0951b14f436fb845a4a2ce271e86d4bd3"}) as unknown as TypedDocumentString<ProposeFromTextMutation, ProposeFromTextMutationVariables>;
export const AcceptProposedDocument = new TypedDocumentString(`
    mutation AcceptProposed($proposalId: ID!, $items: [AcceptItemInput!]!) {
  acceptProposedAssertions(proposalId: $proposalId, items: $items) {
    revision
    proposal {
      status
      items {
        id
        status
        speaker {
          name
          actor {
            id
            name
          }
        }
        assertion {
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:7e5594f08d8f6f1de4f370da6e12180271be0615537ce2b2f3b7daf6be8ac5a5"}) as unknown as TypedDocumentString<AcceptProposedMutation, AcceptProposedMutationVariables>;
export const RejectProposedDocument = new TypedDocumentString(`
    mutation RejectProposed($proposalId: ID!, $ids: [ID!]!) {
  rejectProposedAssertions(proposalId: $proposalId, ids: $ids) {
    status
    items {
      id
      status
    }
  }
}
    `, {"hash":"sha256:7fc55bbf64682d1c169e077e3cc003ab9bcdb96357686b0cc651c87ee0dc0a47"}) as unknown as TypedDocumentString<RejectProposedMutation, RejectProposedMutationVariables>;