import type { Executor } from '../db/executor.js';
import * as assertion from '../db/statements/assertion.js';
import * as claim from '../db/statements/claim.js';
import * as issue from '../db/statements/issue.js';
import * as node from '../db/statements/node.js';
import { NotFoundError } from '../domain/errors.js';
import {
  CLAIM_RELATIONS,
  type ActorRecord,
  type ArgumentRecord,
  type AssertionRecord,
  type CitationRecord,
  type ClaimFilter,
  type ClaimKind,
  type ClaimRecord,
  type ClaimRelation,
  type Page,
  type PageRequest,
  type PositionRecord,
} from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import type { ValidCitation } from '../domain/validate/citation.js';
import type { NewClaim } from '../domain/validate/claim.js';
import {
  DuplicatePairsCache,
  findDuplicatePairs,
  findSimilarClaims,
  type DuplicatePairRecord,
  type SimilarClaimRecord,
} from './claim-similarity.js';
import { allocateId, createNode, requireNodes, requireUnchangedSince, type NodeReference } from './references.js';
import { readByIds, readGrouped, readPage, readPages, single } from './rows.js';

export type { DuplicatePairRecord, SimilarClaimRecord };

/** A claim with the relations that were asked for (null: not read). */
export interface ClaimWithRelations {
  claim: ClaimRecord;
  assertions: AssertionRecord[] | null;
  assertedBy: ActorRecord[] | null;
  citations: CitationRecord[] | null;
  concludedBy: ArgumentRecord[] | null;
  counterclaims: ClaimRecord[] | null;
  premiseOf: ArgumentRecord[] | null;
  positions: PositionRecord[] | null;
}

/** Claims, their citations and positions. Talks to the executor only. */
export class ClaimRepository {
  constructor(
    private readonly db: Executor,
    /** The duplicate pairs of maps as last computed, shared by the process's requests (see findDuplicatePairs). */
    private readonly duplicates = new DuplicatePairsCache(),
  ) {}

  /**
   * For each text, the map's claims most alike it (best first, score in 0..1): candidates from the
   * full-text index, re-ranked by src/text/similarity.ts; one round trip for all the texts.
   * `excludeIds[i]` is left out of list i (the claim whose text it is).
   */
  findSimilar = (args: { texts: readonly string[]; first: number; excludeIds?: readonly (string | null)[]; minScore?: number }) =>
    findSimilarClaims(this.db, args);

  /** The map's pairs of claims that may say the same thing, best first, each pair once (cached per revision). */
  findDuplicatePairs = (): Promise<DuplicatePairRecord[]> => findDuplicatePairs(this.db, this.duplicates);

  findClaimsByIds = ({ ids }: { ids: readonly string[] }) => readByIds(this.db, claim.findClaimsByIds, ids);
  findClaimsByActorIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, claim.findClaimsByActorIds, ids);
  listClaimsByActorIds = ({ ids, page }: { ids: readonly string[]; page: PageRequest }) =>
    readPages(this.db, claim.listClaimsByActorIds, ids, page);
  findPremisesByArgumentIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, claim.findPremisesByArgumentIds, ids);
  findCounterclaimsByClaimIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, claim.findCounterclaimsByClaimIds, ids);
  findCitationsByClaimIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, claim.findCitationsByClaimIds, ids);

  /** Claims and the selected relations in one round trip (the look-ahead of `Query.claim`). */
  async findClaimsWithRelationsByIds({
    ids,
    include,
  }: {
    ids: readonly string[];
    include: ReadonlySet<ClaimRelation>;
  }): Promise<(ClaimWithRelations | null)[]> {
    const flags = Object.fromEntries(CLAIM_RELATIONS.map((r) => [r, include.has(r)])) as Record<ClaimRelation, boolean>;
    const found = new Map<string, ClaimWithRelations>();
    for (const { item, ...relations } of await this.db.read(claim.findClaimsWithRelationsByIds, { ids, ...flags })) {
      found.set(item.id, { claim: item, ...relations });
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  listClaims({ filter, page }: { filter: ClaimFilter; page: PageRequest }): Promise<Page<ClaimRecord>> {
    // With a provision to start from, the anchored statement avoids scanning every claim.
    return readPage(this.db, filter.cites ? claim.listClaimsCiting : claim.listClaims, filter, page);
  }

  /** Creates the claim with its first assertion, citations and positions in one transaction. */
  createClaim({ claim: input, references }: { claim: NewClaim; references: readonly NodeReference[] }): Promise<ClaimRecord> {
    return createNode(this.db, { label: 'Claim', requestedId: input.id, idText: input.text, references }, async (tx, id) => {
      const created = single(
        await tx.run(claim.createClaim, { id, text: input.text, kind: input.kind, searchText: searchText.claim(input) }),
        'create-claim',
      );
      if (input.assertion) {
        const speaker = input.assertion.actorId.split(':')[1] ?? '';
        await tx.run(assertion.createAssertion, {
          ...input.assertion,
          id: await allocateId(tx, 'Assertion', null, `${speaker} ${id.split(':')[1] ?? ''}`),
          claimId: id,
          argumentId: null,
          searchText: searchText.assertion(input.assertion),
        });
      }
      if (input.citations.length > 0)
        await tx.run(claim.citeProvisions, { citations: input.citations.map((c) => ({ ...c, claimId: id })) });
      if (input.positions.length > 0) await tx.run(issue.setPositions, { positions: input.positions.map((p) => ({ ...p, claimId: id })) });
      return created.item;
    });
  }

  async updateClaim({
    id,
    text,
    kind,
    expectedRevision,
  }: {
    id: string;
    text: string | null;
    kind: ClaimKind | null;
    expectedRevision?: number | null;
  }): Promise<ClaimRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireUnchangedSince(tx, id, expectedRevision);
      const [row] = await tx.run(claim.updateClaim, { id, text, kind, searchText: text === null ? null : searchText.claim({ text }) });
      if (!row) throw new NotFoundError('Claim', id);
      return row.item;
    });
    return result;
  }

  /** Deletes the claim, its assertions, citations and positions, and the arguments it leaves hanging. */
  async deleteClaim({ id, expectedRevision }: { id: string; expectedRevision?: number | null }): Promise<{ argumentsDeleted: number }> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireUnchangedSince(tx, id, expectedRevision);
      const [plan] = await tx.run(claim.findClaimDeletion, { id });
      if (!plan) throw new NotFoundError('Claim', id);
      await tx.touch(plan.ids, { referrers: true });
      await tx.run(node.deleteNodes, { ids: plan.ids });
      return { argumentsDeleted: plan.argumentsDeleted };
    });
    return result;
  }

  async citeProvision({
    citation,
    references,
  }: {
    citation: ValidCitation;
    references: readonly NodeReference[];
  }): Promise<CitationRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireNodes(tx, references);
      return single(await tx.run(claim.citeProvisions, { citations: [citation] }), 'cite-provisions').item;
    });
    return result;
  }

  /**
   * Changes a citation's role or note, as `change` makes them from its current ones (the entity's
   * validator). Null when the claim does not cite the provision (nothing changes).
   */
  async updateCitation({
    claimId,
    provisionId,
    change,
    expectedRevision,
  }: {
    claimId: string;
    provisionId: string;
    change: (current: CitationRecord) => ValidCitation;
    expectedRevision?: number | null;
  }): Promise<CitationRecord | null> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireUnchangedSince(tx, claimId, expectedRevision);
      const [cited] = await tx.run(claim.findCitationsByClaimIds, { ids: [claimId] });
      const current = cited?.items.find((c) => c.provisionId === provisionId);
      if (!current) return null;
      const { role, note } = change(current);
      return single(await tx.run(claim.updateCitation, { claimId, provisionId, role, note }), 'update-citation').item;
    });
    return result;
  }

  /** Takes a citation away. Returns the claim; null when it does not cite the provision (nothing changes). */
  async removeCitation({
    claimId,
    provisionId,
    expectedRevision,
  }: {
    claimId: string;
    provisionId: string;
    expectedRevision?: number | null;
  }): Promise<ClaimRecord | null> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireUnchangedSince(tx, claimId, expectedRevision);
      const [row] = await tx.run(claim.removeCitation, { claimId, provisionId });
      return row?.item ?? null;
    });
    return result;
  }
}
