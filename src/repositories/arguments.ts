import type { Executor, WriteTx } from '../db/executor.js';
import * as argument from '../db/statements/argument.js';
import * as node from '../db/statements/node.js';
import { NotFoundError } from '../domain/errors.js';
import type { ArgumentRecord } from '../domain/index.js';
import type { ValidArgument } from '../domain/validate/argument.js';
import * as claim from '../db/statements/claim.js';
import { invalid } from '../domain/errors.js';
import type { CurrentArgument } from '../domain/validate/argument.js';
import type { InputReference } from '../domain/validation.js';
import { createNode, requireInMap, requireUnchangedSince, updateNode, type NodeReference, type UpdateRequest } from './references.js';
import { readByIds, readGrouped, single } from './rows.js';

/** Arguments: the inferences linking premises to a conclusion or to another argument. */
export class ArgumentRepository {
  constructor(private readonly db: Executor) {}

  findArgumentsByIds = ({ ids }: { ids: readonly string[] }) => readByIds(this.db, argument.findArgumentsByIds, ids);
  findArgumentsByConclusionIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, argument.findArgumentsByConclusionIds, ids);
  findArgumentsByPremiseIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, argument.findArgumentsByPremiseIds, ids);
  findUndercutsByArgumentIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, argument.findUndercutsByArgumentIds, ids);

  createArgument({
    argument: input,
    references,
  }: {
    argument: ValidArgument;
    references: readonly NodeReference[];
  }): Promise<ArgumentRecord> {
    const target = (input.conclusionId ?? input.targetArgumentId ?? '').split(':')[1] ?? '';
    return createNode(
      this.db,
      { label: 'Argument', requestedId: input.id, idText: `${input.attackKind ?? input.kind} ${target}`, references },
      async (tx, id) => single(await tx.run(argument.createArgument, { ...input, id }), 'create-argument').item,
    );
  }

  /** Deletes the argument, its assertions and the undercuts aimed at it. */
  async deleteArgument({ id, expectedRevision }: { id: string; expectedRevision?: number | null }): Promise<{ argumentsDeleted: number }> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireUnchangedSince(tx, id, expectedRevision);
      const [plan] = await tx.run(argument.findArgumentDeletion, { id });
      if (!plan) throw new NotFoundError('Argument', id);
      await tx.touch(plan.ids, { referrers: true });
      await tx.run(node.deleteNodes, { ids: plan.ids });
      return { argumentsDeleted: plan.argumentsDeleted };
    });
    return result;
  }

  /**
   * Changes an argument, its premises (in order) and its conclusion or target, as `change` makes
   * them from the current ones (the entity's validator). A premise, conclusion or target that is
   * not in the map, or a target that undercuts this argument already, is refused.
   */
  updateArgument = (
    request: UpdateRequest<CurrentArgument, { argument: ValidArgument; references: InputReference[] }>,
  ): Promise<ArgumentRecord> => {
    const { id } = request;
    const read = async (tx: WriteTx): Promise<CurrentArgument | undefined> => {
      const [found] = await tx.run(argument.findArgumentsByIds, { ids: [id] });
      if (!found) return undefined;
      const [premises] = await tx.run(claim.findPremisesByArgumentIds, { ids: [id] });
      const { kind, attackKind, scheme, rationale, conclusionId, targetArgumentId } = found.item;
      return {
        id,
        kind,
        attackKind,
        scheme,
        rationale,
        conclusionId,
        targetArgumentId,
        premiseIds: (premises?.items ?? []).map((p) => p.id),
      };
    };
    return updateNode(this.db, 'Argument', request, read, async (tx, { argument: next, references }, current) => {
      await requireInMap(tx, references);
      // The premises it loses change too (a premise link belongs to its claim).
      await tx.touch(current.premiseIds);
      const { kind, attackKind, scheme, rationale, premiseIds, conclusionId, targetArgumentId } = next;
      const rows = await tx.run(argument.updateArgument, {
        id,
        kind,
        attackKind,
        scheme,
        rationale,
        premiseIds,
        conclusionId,
        targetArgumentId,
      });
      if (targetArgumentId && (await tx.run(argument.findUndercutCycles, { id })).length > 0) {
        const field = references.find((r) => r.id === targetArgumentId)?.field ?? 'targetArgumentId';
        throw invalid(field, `"${id}" cannot undercut "${targetArgumentId}", which (through its undercuts) undercuts it already`);
      }
      return single(rows, 'update-argument').item;
    });
  };
}
