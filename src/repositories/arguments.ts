import type { Executor } from '../db/executor.js';
import * as argument from '../db/statements/argument.js';
import * as node from '../db/statements/node.js';
import { NotFoundError } from '../domain/errors.js';
import type { ArgumentRecord } from '../domain/index.js';
import type { ValidArgument } from '../domain/validate/argument.js';
import { createNode, requireUnchangedSince, type NodeReference } from './references.js';
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
}
