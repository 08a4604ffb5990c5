import type { Executor, Row } from '../db/executor.js';
import type {
  ActorRecord,
  ArgumentRecord,
  AssertionRecord,
  CitationRecord,
  CitationRole,
  ClaimKind,
  ClaimRecord,
  ClaimRelation,
  Page,
  PositionRecord,
  Stance,
} from '../domain/index.js';
import { CLAIM_RELATIONS } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import { notFound } from '../api/errors.js';
import { toActor, toArgument, toAssertion, toCitation, toClaim, toPosition } from './mappers.js';
import { allocateId, requireNodes, type Reference } from './references.js';
import { byIds, groupedByIds, num, toPage } from './rows.js';

export interface ClaimFilter {
  textContains: string | null;
  kind: ClaimKind | null;
  assertedBy: string | null;
  cites: string | null;
  inSource: string | null;
  issue: string | null;
  stance: Stance | null;
}

/** A claim with the relations that were asked for (absent: not read). */
export interface ClaimWithRelations {
  claim: ClaimRecord;
  assertions?: AssertionRecord[];
  assertedBy?: ActorRecord[];
  citations?: CitationRecord[];
  concludedBy?: ArgumentRecord[];
  counterclaims?: ClaimRecord[];
  premiseOf?: ArgumentRecord[];
  positions?: PositionRecord[];
}

export interface NewAssertion {
  actorId: string;
  sourceId: string | null;
  quote: string | null;
  date: string | null;
}

export interface NewCitation {
  claimId: string;
  provisionId: string;
  role: CitationRole;
  note: string | null;
}

export interface NewPosition {
  claimId: string;
  issueId: string;
  stance: Stance;
}

export interface NewClaim {
  id: string | null;
  text: string;
  kind: ClaimKind;
  assertion: NewAssertion | null;
  citations: Omit<NewCitation, 'claimId'>[];
  positions: Omit<NewPosition, 'claimId'>[];
}

/** Claims, their citations and positions. Talks to the executor only. */
export class ClaimRepository {
  constructor(private readonly db: Executor) {}

  async findClaimsByIds({ ids }: { ids: readonly string[] }): Promise<(ClaimRecord | null)[]> {
    return byIds(ids, await this.db.read('claim/find-claims-by-ids', { ids }), toClaim);
  }

  /** Claims and the selected relations in one round trip (the look-ahead of `Query.claim`). */
  async findClaimsWithRelationsByIds({
    ids,
    include,
  }: {
    ids: readonly string[];
    include: ReadonlySet<ClaimRelation>;
  }): Promise<(ClaimWithRelations | null)[]> {
    const flags = Object.fromEntries(CLAIM_RELATIONS.map((r) => [r, include.has(r)]));
    const rows = await this.db.read('claim/find-claims-with-relations-by-ids', { ids, ...flags });
    const found = new Map<string, ClaimWithRelations>();
    const list = <T>(value: unknown, map: (row: Row) => T): T[] | undefined =>
      Array.isArray(value) ? (value as Row[]).map(map) : undefined;
    for (const row of rows) {
      const claim = toClaim(row.item as Row);
      found.set(claim.id, {
        claim,
        assertions: list(row.assertions, toAssertion),
        assertedBy: list(row.assertedBy, toActor),
        citations: list(row.citations, toCitation),
        concludedBy: list(row.concludedBy, toArgument),
        counterclaims: list(row.counterclaims, toClaim),
        premiseOf: list(row.premiseOf, toArgument),
        positions: list(row.positions, toPosition),
      });
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  async findClaimsByActorIds({ ids }: { ids: readonly string[] }): Promise<ClaimRecord[][]> {
    return groupedByIds(ids, await this.db.read('claim/find-claims-by-actor-ids', { ids }), toClaim);
  }

  async findPremisesByArgumentIds({ ids }: { ids: readonly string[] }): Promise<ClaimRecord[][]> {
    return groupedByIds(ids, await this.db.read('claim/find-premises-by-argument-ids', { ids }), toClaim);
  }

  async findCounterclaimsByClaimIds({ ids }: { ids: readonly string[] }): Promise<ClaimRecord[][]> {
    return groupedByIds(ids, await this.db.read('claim/find-counterclaims-by-claim-ids', { ids }), toClaim);
  }

  async findCitationsByClaimIds({ ids }: { ids: readonly string[] }): Promise<CitationRecord[][]> {
    return groupedByIds(ids, await this.db.read('claim/find-citations-by-claim-ids', { ids }), toCitation);
  }

  async listClaims({ filter, first, after }: { filter: ClaimFilter; first: number; after: string | null }): Promise<Page<ClaimRecord>> {
    // With a provision to start from, the anchored statement avoids scanning every claim.
    const statement = filter.cites ? 'claim/list-claims-citing' : 'claim/list-claims';
    const [row] = await this.db.read(statement, { ...filter, after, limit: first + 1 });
    return toPage(row, first, toClaim);
  }

  /** Creates the claim with its first assertion, citations and positions in one transaction. */
  async createClaim({ claim }: { claim: NewClaim }): Promise<ClaimRecord> {
    const refs: Reference[] = [
      ...claim.citations.map((c, i) => ({ id: c.provisionId, label: 'Provision' as const, field: `input.citations[${i}].provisionId` })),
      ...claim.positions.map((p, i) => ({ id: p.issueId, label: 'Issue' as const, field: `input.positions[${i}].issueId` })),
    ];
    if (claim.assertion) {
      refs.push({ id: claim.assertion.actorId, label: 'Actor', field: 'input.assertion.actorId' });
      if (claim.assertion.sourceId) refs.push({ id: claim.assertion.sourceId, label: 'Source', field: 'input.assertion.sourceId' });
    }
    const { result } = await this.db.writeTx(async (tx) => {
      await requireNodes(tx, refs);
      const id = await allocateId(tx, 'Claim', claim.id, claim.text);
      const [row] = await tx.run('claim/create-claim', { id, text: claim.text, kind: claim.kind, searchText: searchText.claim(claim) });
      if (claim.assertion) {
        const assertionId = await allocateId(
          tx,
          'Assertion',
          null,
          `${claim.assertion.actorId.split(':')[1] ?? ''} ${id.split(':')[1] ?? ''}`,
        );
        await tx.run('assertion/create-assertion', {
          ...claim.assertion,
          id: assertionId,
          claimId: id,
          argumentId: null,
          searchText: searchText.assertion(claim.assertion),
        });
      }
      if (claim.citations.length > 0) {
        await tx.run('claim/cite-provisions', { citations: claim.citations.map((c) => ({ ...c, claimId: id })) });
      }
      if (claim.positions.length > 0) {
        await tx.run('issue/set-positions', { positions: claim.positions.map((p) => ({ ...p, claimId: id })) });
      }
      return toClaim(row?.item as Record<string, unknown>);
    });
    return result;
  }

  async updateClaim({ id, text, kind }: { id: string; text: string | null; kind: ClaimKind | null }): Promise<ClaimRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      const [row] = await tx.run('claim/update-claim', { id, text, kind, searchText: text === null ? null : searchText.claim({ text }) });
      if (!row) throw notFound('Claim', id, 'id');
      return toClaim(row.item as Record<string, unknown>);
    });
    return result;
  }

  /** Deletes the claim, its assertions, citations and positions, and the arguments it leaves hanging. */
  async deleteClaim({ id }: { id: string }): Promise<{ argumentsDeleted: number }> {
    const { result } = await this.db.writeTx(async (tx) => {
      const [row] = await tx.run('claim/delete-claim', { id });
      if (!row) throw notFound('Claim', id, 'id');
      return { argumentsDeleted: num(row.argumentsDeleted) };
    });
    return result;
  }

  async citeProvision({ citation }: { citation: NewCitation }): Promise<CitationRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireNodes(tx, [
        { id: citation.claimId, label: 'Claim', field: 'input.claimId' },
        { id: citation.provisionId, label: 'Provision', field: 'input.provisionId' },
      ]);
      const [row] = await tx.run('claim/cite-provisions', { citations: [citation] });
      return toCitation(row?.item as Record<string, unknown>);
    });
    return result;
  }
}
