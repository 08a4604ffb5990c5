import { randomBytes } from 'node:crypto';
import type { Executor, WriteTx } from '../db/executor.js';
import * as assertion from '../db/statements/assertion.js';
import * as node from '../db/statements/node.js';
import * as importing from '../db/statements/import.js';
import * as proposal from '../db/statements/proposal.js';
import * as revision from '../db/statements/revision.js';
import * as source from '../db/statements/source.js';
import { byLabel } from '../db/statements/revision.js';
import { ConflictError, invalid, NotFoundError } from '../domain/errors.js';
import { normalizeGraphDocument, type RawGraphDocument } from '../domain/graph-document.js';
import { idCandidates, type NodeLabel } from '../domain/ids.js';
import type { Page, PageRequest } from '../domain/index.js';
import type { Author } from '../domain/people.js';
import {
  checkTextInput,
  checkTextLength,
  itemIdOf,
  planAcceptance,
  planRejection,
  proposalStatus,
  type AcceptedItem,
  type AcceptOutcome,
  type ProposalItemRecord,
  type ProposalLinkRecord,
  type ProposalRecord,
  type RawAcceptItem,
  type TextFormat,
} from '../domain/proposals.js';
import type { ValidSource } from '../domain/validate/source.js';
import { extractAssertions, textFromHtml } from '../text/proposals/index.js';
import type { CandidateClaim, KnownActor } from '../text/proposals/types.js';
import { findSimilarClaims } from './claim-similarity.js';
import { writeDocument } from './graph-import.js';
import { readByIds, readPage, single } from './rows.js';

/** How many of the map's actors a text's speakers are matched against. */
const ACTORS_READ = 5_000;
/** Attempts at the write of an accept whose generated ids a concurrent write took first. */
const ID_ATTEMPTS = 3;

/** The text to read: HTML reduced to the text a reader sees (the reader's own reduction). */
export const readableText = (text: string, format: TextFormat): string => (format === 'HTML' ? textFromHtml(text) : text);

/** A new proposal's id: the time in base 36 (so ids sort oldest first) and a random key. */
const newProposalId = () => `proposal:${Date.now().toString(36).padStart(9, '0')}${randomBytes(4).toString('hex')}`;

export interface ProposeRequest {
  /** The text as given (checked and, for HTML, reduced here). */
  text: string;
  format: TextFormat;
  /** An existing source of the map, or a new one to make on the first accept (at most one of them). */
  sourceId: string | null;
  newSource: ValidSource | null;
  author: Author | null;
}

const slugKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Proposals: drafts of assertions read from a new text, kept beside the map (their own label,
 * read by no list, search, export, evaluation or event of it) until a reviewer accepts items,
 * which are then written as a graph document in one revision of the map.
 */
export class ProposalRepository {
  constructor(private readonly db: Executor) {}

  findProposalsByIds = ({ ids }: { ids: readonly string[] }) => readByIds(this.db, proposal.findProposalsByIds, ids);

  listProposals({ status, page }: { status: ProposalRecord['status'] | null; page: PageRequest }): Promise<Page<ProposalRecord>> {
    return readPage(this.db, proposal.listProposals, { status }, page);
  }

  /** The map's actors a text's speakers may be. */
  async mapActors(): Promise<KnownActor[]> {
    const rows = await this.db.read(proposal.findMapActors, { limit: ACTORS_READ });
    return rows.map(({ item }) => ({ id: item.id, name: item.name, kind: item.kind, description: item.description }));
  }

  /**
   * The map's claims most alike each text, best first: what `Claim.similar` answers (full-text
   * index candidates, one round trip for every text, re-ranked by src/text/similarity.ts), each
   * with the actors who assert it (one more round trip), so a speaker's own claim wins a near tie.
   */
  findCandidates = async (texts: readonly string[], first: number): Promise<CandidateClaim[][]> => {
    const lists = await findSimilarClaims(this.db, { texts, first });
    const ids = [...new Set(lists.flatMap((list) => list.map(({ claim }) => claim.id)))];
    const speakers = new Map<string, string[]>();
    if (ids.length > 0) {
      for (const row of await this.db.read(assertion.findAssertionsByClaimIds, { ids })) {
        speakers.set(row.key, [...new Set(row.items.map((item) => item.actorId))]);
      }
    }
    return lists.map((list) =>
      list.map(({ claim, score }) => ({ id: claim.id, text: claim.text, score, speakerIds: speakers.get(claim.id) ?? [] })),
    );
  };

  /**
   * Reads a text and stores what it proposes. Refused, with nothing stored, when the text is
   * binary, empty or too long (checked on the text as read), or when the reader refuses it
   * (another language).
   */
  async propose(request: ProposeRequest): Promise<ProposalRecord> {
    checkTextInput(request.text, 'input.text');
    const text = readableText(request.text, request.format);
    checkTextLength(text, 'input.text');
    let origin = { author: request.newSource?.author ?? null, publisher: request.newSource?.publisher ?? null };
    if (request.sourceId) {
      const [found] = await readByIds(this.db, source.findSourcesByIds, [request.sourceId]);
      if (!found) throw new NotFoundError('Source', request.sourceId).at('input.sourceId');
      origin = { author: found.author, publisher: found.publisher };
    }
    const extraction = await extractAssertions({ text, actors: await this.mapActors(), origin, findCandidates: this.findCandidates });
    if (extraction.unsupportedLanguage) {
      throw invalid('input.text', 'The text is not in English, the only language the reader supports: nothing was proposed or stored');
    }
    const id = newProposalId();
    const order = extraction.assertions.map((a, index) => ({ a, index })).sort((x, y) => x.a.start - y.a.start || x.a.end - y.a.end);
    const itemIds = new Map<number, string>();
    const items: ProposalItemRecord[] = order.map(({ a, index }, position) => {
      const itemId = itemIdOf(id, position + 1);
      itemIds.set(index, itemId);
      return {
        id: itemId,
        start: a.start,
        end: a.end,
        quote: a.quote,
        speaker: { ...a.speaker },
        claimText: a.claimText,
        kind: a.kind,
        matches: a.matches.map((m) => ({ ...m })),
        status: 'PENDING',
        assertionId: null,
        claimId: null,
        actorId: null,
      };
    });
    const links: ProposalLinkRecord[] = extraction.links.flatMap((link) => {
      const premise = itemIds.get(link.premise);
      const conclusion = itemIds.get(link.conclusion);
      return premise && conclusion && premise !== conclusion ? [{ premise, conclusion, kind: link.kind, score: link.score }] : [];
    });
    const rows = await this.db.write(proposal.createProposal, {
      id,
      authorKind: request.author?.kind ?? null,
      authorName: request.author?.name ?? null,
      authorUserId: request.author?.userId ?? null,
      text,
      format: request.format,
      sourceId: request.sourceId,
      newSource: request.newSource ? JSON.stringify(request.newSource) : null,
      items: JSON.stringify(items),
      links: JSON.stringify(links),
      status: proposalStatus(items),
    });
    return single(rows, 'create-proposal').item;
  }

  /**
   * Writes the accepted items into the map in one revision, as one graph document through the
   * entities' validators and the import's statements, and marks them accepted, all in one
   * transaction: nothing is written when any item or reference does not hold.
   */
  async accept({
    proposalId,
    items,
    expectedRevision,
  }: {
    proposalId: string;
    items: readonly RawAcceptItem[];
    expectedRevision: number | null | undefined;
  }): Promise<AcceptOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        let written = 0;
        const { result } = await this.db.writeTx(async (tx) => {
          written = tx.revision;
          const current = await this.proposalIn(tx, proposalId);
          const plans = planAcceptance(current, items);
          await requireUnchanged(tx, plans, expectedRevision);
          const { doc, sourceId, assertionIds, accepted } = await documentOf(tx, current, plans, attempt > 1);
          const { doc: checked, external } = normalizeGraphDocument(doc);
          await writeDocument(tx, checked, external);
          const nextItems = current.items.map((item) => accepted.get(item.id) ?? item);
          const updated = await this.store(tx, current, nextItems, { sourceId, newSource: sourceId ? null : current.newSource });
          return { proposal: updated, assertionIds };
        });
        return { ...result, revision: written };
      } catch (error) {
        // A generated id another write took first (the constraint, or another map's node) is made again.
        if (!(error instanceof ConflictError) || error.id !== undefined || attempt >= ID_ATTEMPTS) throw error;
      }
    }
  }

  /** Marks items rejected; no revision (nothing of the map changes). */
  async reject({ proposalId, ids }: { proposalId: string; ids: readonly string[] }): Promise<ProposalRecord> {
    const [found] = await this.findProposalsByIds({ ids: [proposalId] });
    if (!found) throw new NotFoundError('Proposal', proposalId).at('proposalId');
    const rejected = new Set(planRejection(found, ids).map((item) => item.id));
    const nextItems = found.items.map((item): ProposalItemRecord => (rejected.has(item.id) ? { ...item, status: 'REJECTED' } : item));
    const [row] = await this.db.write(proposal.updateProposal, this.updateParams(found, nextItems, found));
    if (!row) throw changedMeanwhile(proposalId);
    return row.item;
  }

  private async proposalIn(tx: WriteTx, id: string): Promise<ProposalRecord> {
    const [row] = await tx.run(proposal.findProposalsByIds, { ids: [id] });
    if (!row) throw new NotFoundError('Proposal', id).at('proposalId');
    return row.item;
  }

  private async store(
    tx: WriteTx,
    current: ProposalRecord,
    items: ProposalItemRecord[],
    sources: Pick<ProposalRecord, 'sourceId' | 'newSource'>,
  ): Promise<ProposalRecord> {
    const [row] = await tx.run(proposal.updateProposal, this.updateParams(current, items, sources));
    if (!row) throw changedMeanwhile(current.id);
    return row.item;
  }

  private updateParams(current: ProposalRecord, items: ProposalItemRecord[], sources: Pick<ProposalRecord, 'sourceId' | 'newSource'>) {
    return {
      id: current.id,
      version: current.version,
      items: JSON.stringify(items),
      status: proposalStatus(items),
      sourceId: sources.sourceId,
      newSource: sources.newSource ? JSON.stringify(sources.newSource) : null,
    };
  }
}

const changedMeanwhile = (id: string) =>
  new ConflictError(`${id} was reviewed by someone else meanwhile: read it again and retry`, { id, field: 'proposalId' });

/** With expectedRevision: CONFLICT when an actor or claim of the map the items name changed after it. */
async function requireUnchanged(tx: WriteTx, plans: readonly AcceptedItem[], expected: number | null | undefined): Promise<void> {
  if (expected === null || expected === undefined) return;
  const ids = new Set<string>();
  for (const plan of plans) {
    if (plan.speaker.actorId) ids.add(plan.speaker.actorId);
    if (plan.claim.claimId) ids.add(plan.claim.claimId);
    for (const link of plan.links) if (link.claimId) ids.add(link.claimId);
  }
  if (ids.size === 0) return;
  const [later] = await tx.run(revision.findLaterChanges, { ids: [...ids], revision: expected });
  if (later) {
    throw new ConflictError(
      `An actor or claim these items name changed in revision ${later.revision}, after revision ${expected}: read the proposal's matches again`,
      { id: [...ids][0], field: 'expectedRevision', extra: { currentRevision: tx.revision - 1, changedIn: later.revision } },
    );
  }
}

/** Readable ids for new nodes, free in this map and every other: one look-up for all of them. */
async function allocateIds(tx: WriteTx, wanted: readonly { label: NodeLabel; text: string }[], contended: boolean): Promise<string[]> {
  const candidates = wanted.map(({ label, text }) => idCandidates(label, text));
  const all = [...new Set(candidates.flat())];
  const taken = new Set<string>();
  if (!contended && all.length > 0) {
    for (const row of await tx.run(node.findNodeLabelsByIds, { ids: all })) taken.add(row.id);
    for (const row of await tx.run(importing.findForeignIds, { ids: byLabel(all) })) {
      // Only the first few per map are named: a map holding more of them makes every candidate suspect.
      for (const id of row.ids) taken.add(id);
      if (row.count > row.ids.length) contended = true;
    }
  }
  return candidates.map((list) => {
    const free = contended ? undefined : list.find((id) => !taken.has(id));
    const id = free ?? `${list[0]}-${randomBytes(5).toString('hex')}`;
    taken.add(id);
    return id;
  });
}

/**
 * The graph document an accept writes: the source (made once), new actors (one per new name,
 * reusing one an earlier accept of the proposal made), new claims, the assertions with their
 * quotes, and the arguments of the links; with the items as they stand once accepted.
 */
async function documentOf(tx: WriteTx, current: ProposalRecord, plans: readonly AcceptedItem[], contended: boolean) {
  const doc = {
    actors: [] as NonNullable<RawGraphDocument['actors']>[number][],
    sources: [] as NonNullable<RawGraphDocument['sources']>[number][],
    claims: [] as NonNullable<RawGraphDocument['claims']>[number][],
    arguments: [] as NonNullable<RawGraphDocument['arguments']>[number][],
    assertions: [] as NonNullable<RawGraphDocument['assertions']>[number][],
  };
  const wanted: { label: NodeLabel; text: string }[] = [];
  const want = (label: NodeLabel, text: string) => wanted.push({ label, text }) - 1;

  let sourceId = current.sourceId;
  let sourceSlot: number | null = null;
  if (!sourceId && current.newSource) {
    if (current.newSource.id) {
      const [taken] = await tx.run(node.findNodeMapsByIds, { ids: [current.newSource.id] });
      if (taken)
        throw new ConflictError(`"${current.newSource.id}" already exists: the proposal's source cannot be made`, {
          id: current.newSource.id,
        });
    } else sourceSlot = want('Source', current.newSource.title);
  }

  // A new name that an actor of the map already has (one an earlier accept made, most often) is that actor.
  const earlierActors = new Map<string, string>();
  for (const { item } of await tx.run(proposal.findMapActors, { limit: ACTORS_READ })) {
    if (!earlierActors.has(slugKey(item.name))) earlierActors.set(slugKey(item.name), item.id);
  }
  const newActors = new Map<string, { slot: number; plan: AcceptedItem }>();
  const actorSlot = plans.map((plan) => {
    const { speaker } = plan;
    if (speaker.actorId || earlierActors.has(slugKey(speaker.name))) return null;
    const key = slugKey(speaker.name);
    const known = newActors.get(key);
    if (known) return known.slot;
    const slot = want('Actor', speaker.name);
    newActors.set(key, { slot, plan });
    return slot;
  });
  const claimSlot = plans.map((plan) => (plan.claim.claimId ? null : want('Claim', plan.claim.text)));
  const assertionSlot = plans.map((plan) =>
    want('Assertion', `${plan.speaker.actorId ? plan.speaker.actorId.slice(6) : plan.speaker.name} ${plan.item.quote}`),
  );
  const ids = await allocateIds(tx, wanted, contended);

  if (sourceSlot !== null || current.newSource?.id) {
    sourceId = sourceSlot !== null ? ids[sourceSlot]! : current.newSource!.id!;
    doc.sources.push({ ...current.newSource!, id: sourceId });
  }
  for (const { slot, plan } of newActors.values()) {
    const { speaker } = plan;
    if (!speaker.actorId) doc.actors.push({ id: ids[slot]!, name: speaker.name, kind: speaker.kind, description: speaker.description });
  }
  const accepted = new Map<string, ProposalItemRecord>();
  const claimOf = new Map<string, { id: string; text: string }>();
  plans.forEach((plan, i) => {
    const { speaker, claim, item } = plan;
    const actorId = speaker.actorId ?? earlierActors.get(slugKey(speaker.name)) ?? ids[actorSlot[i]!]!;
    const claimId = claim.claimId ?? ids[claimSlot[i]!]!;
    if (!claim.claimId) doc.claims.push({ id: claimId, text: claim.text, kind: claim.kind });
    const assertionId = ids[assertionSlot[i]!]!;
    doc.assertions.push({ id: assertionId, actorId, claimId, sourceId, quote: item.quote, date: null });
    claimOf.set(item.id, { id: claimId, text: claim.claimId ? claimId : claim.text });
    accepted.set(item.id, {
      ...item,
      status: 'ACCEPTED',
      assertionId,
      claimId,
      actorId,
      speaker: { ...item.speaker, ...speaker, actorId },
    });
  });
  for (const item of current.items)
    if (item.status === 'ACCEPTED' && item.claimId) claimOf.set(item.id, { id: item.claimId, text: item.claimId });

  // The links: one argument each, premise the item's claim (the same link asked twice is written once).
  const links = new Map<string, { premise: { id: string; text: string }; conclusionId: string; kind: AcceptedItem['links'][number] }>();
  for (const plan of plans) {
    const premise = claimOf.get(plan.item.id)!;
    for (const link of plan.links) {
      const conclusionId = link.claimId ?? claimOf.get(link.itemId!)!.id;
      if (conclusionId === premise.id) {
        throw invalid(
          link.field,
          `${link.field} would make claim "${premise.id}" ${link.kind === 'SUPPORT' ? 'support' : 'attack'} itself`,
        );
      }
      links.set(`${premise.id} ${link.kind} ${conclusionId}`, { premise, conclusionId, kind: link });
    }
  }
  const linkList = [...links.values()];
  const argumentIds = await allocateIds(
    tx,
    linkList.map(({ premise, conclusionId, kind }) => ({
      label: 'Argument' as const,
      text: `${premise.text} ${kind.kind === 'SUPPORT' ? 'supports' : 'attacks'} ${conclusionId.slice(6)}`,
    })),
    contended,
  );
  linkList.forEach(({ premise, conclusionId, kind }, i) => {
    doc.arguments.push({
      id: argumentIds[i]!,
      kind: kind.kind,
      attackKind: kind.kind === 'ATTACK' ? (kind.attackKind ?? 'REBUT') : null,
      premiseIds: [premise.id],
      conclusionId,
    });
  });
  return { doc, sourceId, assertionIds: plans.map((plan) => accepted.get(plan.item.id)!.assertionId!), accepted };
}
