import type { Executor, WriteTx } from '../db/executor.js';
import type { Statement } from '../db/statement.js';
import * as actor from '../db/statements/actor.js';
import * as claim from '../db/statements/claim.js';
import * as merge from '../db/statements/merge.js';
import { InvalidInputError } from '../domain/errors.js';
import type { ActorRecord, ClaimRecord } from '../domain/index.js';
import type { ValidMerge } from '../domain/validate/merge.js';
import { requireNodes, requireUnchangedSince } from './references.js';
import { readGrouped, single } from './rows.js';

export interface MergeRequest {
  merge: ValidMerge;
  expectedRevision?: number | null;
}

/**
 * Merges of claims and of actors into a survivor, each one revision, and the merged ids that keep
 * naming their survivor. Talks to the executor only.
 */
export class MergeRepository {
  constructor(private readonly db: Executor) {}

  /** The survivor each merged id names now; null for an id no merge took. */
  async findSurvivorsByIds({ ids }: { ids: readonly string[] }): Promise<(string | null)[]> {
    const found = new Map((await this.db.read(merge.findSurvivorsByIds, { ids })).map((row) => [row.id, row.intoId]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** The ids merged into each claim or actor, in the order they were merged. */
  findMergedFromByIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, merge.findMergedFromByIds, ids);

  /**
   * Merges claims into the survivor; refused (BAD_USER_INPUT, nothing written) when an argument
   * would be left concluding in its own premise.
   */
  mergeClaims = (request: MergeRequest): Promise<ClaimRecord> =>
    this.mergeInto(request, 'Claim', merge.mergeClaim, claim.findClaimsByIds, async (tx, { intoId, fromIds }) => {
      const loops = await tx.run(merge.findMergeLoops, { ids: [intoId, ...fromIds] });
      if (loops.length === 0) return;
      const names = loops.map((row) => `"${row.id}"`).join(', ');
      throw new InvalidInputError(
        'fromIds',
        `Merging these claims would leave ${loops.length === 1 ? 'argument' : 'arguments'} ${names} with a premise equal to its conclusion: change or delete ${loops.length === 1 ? 'it' : 'them'} first`,
      );
    });

  /** Merges actors into the survivor. */
  mergeActors = (request: MergeRequest): Promise<ActorRecord> =>
    this.mergeInto(request, 'Actor', merge.mergeActor, actor.findActorsByIds, async () => undefined);

  /**
   * One merge as one revision: CONFLICT when any of the nodes changed after `expectedRevision`,
   * NOT_FOUND for a node that is not there, BAD_USER_INPUT for one of another map or what `check`
   * refuses; then each merged node in turn, in the order given (where two of them bring the same
   * citation, position or affiliation, the first one's stands).
   */
  private async mergeInto<T>(
    { merge: { intoId, fromIds, references }, expectedRevision }: MergeRequest,
    label: 'Claim' | 'Actor',
    step: Statement<{ intoId: string; fromId: string }, { id: string }>,
    read: Statement<{ ids: readonly string[] }, { item: T }>,
    check: (tx: WriteTx, merge: { intoId: string; fromIds: string[] }) => Promise<void>,
  ): Promise<T> {
    const { result } = await this.db.writeTx(async (tx) => {
      for (const id of [intoId, ...fromIds]) await requireUnchangedSince(tx, id, expectedRevision);
      await requireNodes(tx, [{ id: intoId, label }, ...references]);
      await check(tx, { intoId, fromIds });
      for (const fromId of fromIds) single(await tx.run(step, { intoId, fromId }), step.name);
      return single(await tx.run(read, { ids: [intoId] }), read.name).item;
    });
    return result;
  }
}
