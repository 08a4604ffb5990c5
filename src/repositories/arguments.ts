import type { Executor } from '../db/executor.js';
import * as argument from '../db/statements/argument.js';
import { NotFoundError } from '../domain/errors.js';
import type { ArgumentRecord } from '../domain/index.js';
import type { ValidArgument } from '../domain/validate/argument.js';
import { createNode, type NodeReference } from './references.js';
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
  async deleteArgument({ id }: { id: string }): Promise<{ argumentsDeleted: number }> {
    const { result } = await this.db.writeTx(async (tx) => {
      const [row] = await tx.run(argument.deleteArgument, { id });
      if (!row) throw new NotFoundError('Argument', id);
      return row;
    });
    return result;
  }
}
