import { ConflictError, invalid, NotFoundError } from './errors.js';
import { ACTOR_KINDS, ATTACK_KINDS, CLAIM_KINDS, type ActorKind, type ArgumentKind, type AttackKind, type ClaimKind } from './index.js';
import type { Author } from './people.js';
import type { ValidSource } from './validate/source.js';
import { LIMITS, idOf, optionalOneOf, optionalText, requiredText } from './validation.js';

/**
 * A Proposal: what reading a new text proposes for a map (quotes, speakers, claims, the claims
 * they match), kept beside the map until a reviewer accepts or rejects each item. Here are its
 * records, the bounds of the text, and the rules of a review; the repository stores it and writes
 * what is accepted through the graph document's validators.
 */

/** The longest text read, in characters (after HTML is reduced to its text): about a long report. */
export const PROPOSAL_TEXT_MAX = 200_000;

export type ReviewStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';
export type TextFormat = 'PLAIN' | 'HTML';
export type MatchRelation = 'SAME' | 'SUPPORTS' | 'ATTACKS';

export interface ProposedSpeakerRecord {
  actorId: string | null;
  name: string;
  description: string | null;
  kind: ActorKind;
  confidence: number;
}

export interface ClaimMatchRecord {
  claimId: string;
  relation: MatchRelation;
  score: number;
}

/** One proposed assertion; once accepted, the nodes it became. */
export interface ProposalItemRecord {
  /** `<proposal id>#<number>`, numbered from 1 in the order of the text. */
  id: string;
  start: number;
  end: number;
  quote: string;
  speaker: ProposedSpeakerRecord;
  claimText: string;
  kind: ClaimKind;
  matches: ClaimMatchRecord[];
  status: ReviewStatus;
  /** Set when accepted: the assertion written, its claim and its actor. */
  assertionId: string | null;
  claimId: string | null;
  actorId: string | null;
}

export interface ProposalLinkRecord {
  /** Item ids. */
  premise: string;
  conclusion: string;
  kind: ArgumentKind;
  score: number;
}

export interface ProposalRecord {
  __typename: 'Proposal';
  id: string;
  mapId: string;
  createdAt: string;
  author: Author | null;
  text: string;
  format: TextFormat;
  /** The source in the map: named at proposal time, or made by the first accept. */
  sourceId: string | null;
  /** A source to make on the first accept (null once made, or when none was given). */
  newSource: ValidSource | null;
  items: ProposalItemRecord[];
  links: ProposalLinkRecord[];
  status: ReviewStatus;
  /** Moves on with every review: a review writes only over the version it read. */
  version: number;
}

/** What an accept wrote: the proposal as it now stands, the map's revision, the assertions (in the order asked). */
export interface AcceptOutcome {
  proposal: ProposalRecord;
  revision: number;
  assertionIds: string[];
}

const PROPOSAL_ID = /^proposal:[a-z0-9]{6,40}$/;
const ITEM_ID = /^(proposal:[a-z0-9]{6,40})#([1-9][0-9]{0,5})$/;

export const isProposalId = (id: string): boolean => PROPOSAL_ID.test(id);

/** A `proposal:` id, checked. */
export function proposalIdOf(value: string, field: string): string {
  const id = value.trim();
  if (!isProposalId(id))
    throw invalid(field, `${field} "${id.slice(0, 140)}" is not a proposal id ("proposal:" followed by letters and digits)`);
  return id;
}

export const itemIdOf = (proposalId: string, number: number): string => `${proposalId}#${number}`;

/** An item id's proposal and number; null when it is not one. */
export function parseItemId(value: string): { proposalId: string; number: number } | null {
  const match = ITEM_ID.exec(value.trim());
  return match ? { proposalId: match[1]!, number: Number(match[2]) } : null;
}

/** PENDING while any item is; then ACCEPTED when some item was, REJECTED when none was (or there was none). */
export function proposalStatus(items: readonly { status: ReviewStatus }[]): ReviewStatus {
  if (items.some((i) => i.status === 'PENDING')) return 'PENDING';
  return items.some((i) => i.status === 'ACCEPTED') ? 'ACCEPTED' : 'REJECTED';
}

/** Control characters other than tab, line feed, form feed and carriage return: a binary file, not a text. */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/;

/** The text as given: refused when binary (checked before any reading). */
export function checkTextInput(text: string, field: string): void {
  const at = text.search(BINARY);
  if (at >= 0) {
    const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    throw invalid(
      field,
      `${field} holds binary content (U+${code} at character ${at}): give the text of a document (plain text or HTML), not a binary file`,
    );
  }
}

/** The text to read: not empty, at most PROPOSAL_TEXT_MAX characters. */
export function checkTextLength(text: string, field: string): void {
  if (text.trim() === '') throw invalid(field, `${field} is empty: give the text to read`);
  if (text.length > PROPOSAL_TEXT_MAX) {
    throw invalid(
      field,
      `${field} is ${text.length.toLocaleString('en-US')} characters long; at most ${PROPOSAL_TEXT_MAX.toLocaleString('en-US')} are read at once: split the text`,
    );
  }
}

export interface RawAcceptItem {
  id: string;
  speaker?: { actorId?: string | null; name?: string | null; description?: string | null; kind?: string | null } | null;
  claimText?: string | null;
  kind?: string | null;
  sameAsClaimId?: string | null;
  links?: readonly { kind: string; attackKind?: string | null; claimId?: string | null; itemId?: string | null }[] | null;
}

/** A link an accepted item's claim makes: to a claim of the map, or to another item's claim. */
export type AcceptedLink = { kind: ArgumentKind; attackKind: AttackKind | null; field: string } & (
  { claimId: string; itemId: null } | { claimId: null; itemId: string }
);

/** What accepting one item writes, decided from the input and the proposal. */
export interface AcceptedItem {
  item: ProposalItemRecord;
  /** Where it is in the input (`items[i]`). */
  at: string;
  /** An actor of the map (`actorId`), or a new one by name (for an existing one, the name proposed). */
  speaker: { actorId: string | null; name: string; description: string | null; kind: ActorKind };
  /** A claim of the map (`claimId`: SAME), or a new one (for an existing one, the text proposed). */
  claim: { claimId: string | null; text: string; kind: ClaimKind };
  links: AcceptedLink[];
}

/**
 * The rules of accepting: each item named once, of this proposal, still pending, its quote
 * storable; its speaker and claim as proposed or as edited (checked as the entity's validator
 * checks them); links to a claim of the map or to an item accepted now or before, never to
 * itself. References to the map's nodes are checked by the write, in its transaction.
 */
export function planAcceptance(proposal: ProposalRecord, raw: readonly RawAcceptItem[]): AcceptedItem[] {
  if (raw.length === 0) throw invalid('items', 'items is empty: name at least one item to accept');
  const byId = new Map(proposal.items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const plans = raw.map((input, i): AcceptedItem => {
    const at = `items[${i}]`;
    const item = itemOf(proposal, byId, input.id, `${at}.id`);
    if (seen.has(item.id)) throw invalid(`${at}.id`, `"${item.id}" is named twice`);
    seen.add(item.id);
    if (item.quote.length > LIMITS.quote) {
      throw invalid(
        `${at}.id`,
        `The quote of "${item.id}" is ${item.quote.length} characters long; an assertion's quote holds at most ${LIMITS.quote}`,
      );
    }
    return { item, at, speaker: speakerOf(item, input.speaker, `${at}.speaker`), claim: claimOf(item, input, at), links: [] };
  });
  const accepted = new Set([...seen, ...proposal.items.filter((i) => i.status === 'ACCEPTED').map((i) => i.id)]);
  raw.forEach((input, i) => {
    plans[i]!.links = (input.links ?? []).map((link, j) => linkOf(proposal, byId, plans[i]!, accepted, link, `items[${i}].links[${j}]`));
  });
  return plans;
}

function itemOf(proposal: ProposalRecord, byId: Map<string, ProposalItemRecord>, value: string, field: string): ProposalItemRecord {
  const parsed = parseItemId(value);
  if (!parsed) throw invalid(field, `${field} "${value.slice(0, 140)}" is not an item id ("proposal:...#n")`);
  if (parsed.proposalId !== proposal.id) {
    throw invalid(field, `"${value.trim()}" is an item of another proposal, not of ${proposal.id}`);
  }
  const item = byId.get(value.trim());
  if (!item) throw new NotFoundError('Proposed assertion', value.trim()).at(field);
  if (item.status !== 'PENDING') {
    throw new ConflictError(`"${item.id}" was ${item.status.toLowerCase()} already`, { id: item.id, field });
  }
  return item;
}

function speakerOf(item: ProposalItemRecord, raw: RawAcceptItem['speaker'], at: string): AcceptedItem['speaker'] {
  const actorId = raw?.actorId?.trim() ? idOf('Actor', raw.actorId, `${at}.actorId`) : null;
  const edited = raw && (raw.name != null || raw.description != null || raw.kind != null);
  if (actorId) {
    if (edited) throw invalid(`${at}.actorId`, 'Give either actorId (an actor of the map) or a new name, description and kind, not both');
    return { ...item.speaker, actorId };
  }
  if (!edited && item.speaker.actorId) return { ...item.speaker, actorId: item.speaker.actorId };
  const name = requiredText(raw?.name ?? item.speaker.name, `${at}.name`, 'name');
  const description =
    raw?.description !== undefined && raw?.description !== null
      ? optionalText(raw.description, `${at}.description`, 'description')
      : item.speaker.description;
  const kind = optionalOneOf(ACTOR_KINDS, raw?.kind, `${at}.kind`) ?? item.speaker.kind;
  return { actorId: null, name, description, kind };
}

function claimOf(item: ProposalItemRecord, raw: RawAcceptItem, at: string): AcceptedItem['claim'] {
  if (raw.sameAsClaimId?.trim())
    return { claimId: idOf('Claim', raw.sameAsClaimId, `${at}.sameAsClaimId`), text: item.claimText, kind: item.kind };
  return {
    claimId: null,
    text: requiredText(raw.claimText ?? item.claimText, `${at}.claimText`, 'text'),
    kind: optionalOneOf(CLAIM_KINDS, raw.kind, `${at}.kind`) ?? item.kind,
  };
}

function linkOf(
  proposal: ProposalRecord,
  byId: Map<string, ProposalItemRecord>,
  plan: AcceptedItem,
  accepted: Set<string>,
  raw: NonNullable<RawAcceptItem['links']>[number],
  at: string,
): AcceptedLink {
  const kind = raw.kind === 'SUPPORT' || raw.kind === 'ATTACK' ? raw.kind : null;
  if (!kind) throw invalid(`${at}.kind`, `${at}.kind must be SUPPORT or ATTACK`);
  const attackKind = optionalOneOf(ATTACK_KINDS, raw.attackKind, `${at}.attackKind`);
  if (kind === 'SUPPORT' && attackKind) throw invalid(`${at}.attackKind`, 'attackKind is only for ATTACK links');
  if (attackKind === 'UNDERCUT') throw invalid(`${at}.attackKind`, 'A link from an item attacks a claim: REBUT or UNDERMINE');
  const claimId = raw.claimId?.trim() ? idOf('Claim', raw.claimId, `${at}.claimId`) : null;
  const itemId = raw.itemId?.trim() ? raw.itemId.trim() : null;
  if ((claimId === null) === (itemId === null)) throw invalid(`${at}.claimId`, 'A link goes to exactly one target: give claimId or itemId');
  if (claimId) {
    if (claimId === plan.claim.claimId)
      throw invalid(`${at}.claimId`, `The item asserts "${claimId}": a claim cannot ${kind === 'SUPPORT' ? 'support' : 'attack'} itself`);
    return { kind, attackKind, field: at, claimId, itemId: null };
  }
  const parsed = parseItemId(itemId!);
  if (!parsed) throw invalid(`${at}.itemId`, `${at}.itemId "${itemId!.slice(0, 140)}" is not an item id ("proposal:...#n")`);
  if (parsed.proposalId !== proposal.id) throw invalid(`${at}.itemId`, `"${itemId}" is an item of another proposal, not of ${proposal.id}`);
  if (!byId.has(itemId!)) throw new NotFoundError('Proposed assertion', itemId!).at(`${at}.itemId`);
  if (itemId === plan.item.id) throw invalid(`${at}.itemId`, 'An item cannot support or attack itself');
  if (!accepted.has(itemId!))
    throw invalid(`${at}.itemId`, `"${itemId}" is not accepted: accept it in the same call, or link to it once it is`);
  return { kind, attackKind, field: at, claimId: null, itemId: itemId! };
}

/** The items a rejection names: each of this proposal, once, still pending. */
export function planRejection(proposal: ProposalRecord, ids: readonly string[]): ProposalItemRecord[] {
  if (ids.length === 0) throw invalid('ids', 'ids is empty: name at least one item to reject');
  const byId = new Map(proposal.items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  return ids.map((id, i) => {
    const item = itemOf(proposal, byId, id, `ids[${i}]`);
    if (seen.has(item.id)) throw invalid(`ids[${i}]`, `"${item.id}" is named twice`);
    seen.add(item.id);
    return item;
  });
}
