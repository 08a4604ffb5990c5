import type { Executor } from '../db/executor.js';
import type { ArgumentKind, ArgumentRecord, AttackKind } from '../domain/index.js';
import { notFound } from '../api/errors.js';
import { toArgument } from './mappers.js';
import { allocateId, requireNodes, type Reference } from './references.js';
import { byIds, groupedByIds, num } from './rows.js';

export interface NewArgument {
  id: string | null;
  kind: ArgumentKind;
  attackKind: AttackKind | null;
  premiseIds: string[];
  conclusionId: string | null;
  targetArgumentId: string | null;
  scheme: string | null;
  rationale: string | null;
}

/** Arguments: the inferences linking premises to a conclusion or to another argument. */
export class ArgumentRepository {
  constructor(private readonly db: Executor) {}

  async findArgumentsByIds({ ids }: { ids: readonly string[] }): Promise<(ArgumentRecord | null)[]> {
    return byIds(ids, await this.db.read('argument/find-arguments-by-ids', { ids }), toArgument);
  }

  async findArgumentsByConclusionIds({ ids }: { ids: readonly string[] }): Promise<ArgumentRecord[][]> {
    return groupedByIds(ids, await this.db.read('argument/find-arguments-by-conclusion-ids', { ids }), toArgument);
  }

  async findArgumentsByPremiseIds({ ids }: { ids: readonly string[] }): Promise<ArgumentRecord[][]> {
    return groupedByIds(ids, await this.db.read('argument/find-arguments-by-premise-ids', { ids }), toArgument);
  }

  async findUndercutsByArgumentIds({ ids }: { ids: readonly string[] }): Promise<ArgumentRecord[][]> {
    return groupedByIds(ids, await this.db.read('argument/find-undercuts-by-argument-ids', { ids }), toArgument);
  }

  async createArgument({ argument }: { argument: NewArgument }): Promise<ArgumentRecord> {
    const refs: Reference[] = argument.premiseIds.map((id, i) => ({ id, label: 'Claim' as const, field: `input.premiseIds[${i}]` }));
    if (argument.conclusionId) refs.push({ id: argument.conclusionId, label: 'Claim', field: 'input.conclusionId' });
    if (argument.targetArgumentId) refs.push({ id: argument.targetArgumentId, label: 'Argument', field: 'input.targetArgumentId' });
    const { result } = await this.db.writeTx(async (tx) => {
      await requireNodes(tx, refs);
      const target = (argument.conclusionId ?? argument.targetArgumentId ?? '').split(':')[1] ?? '';
      const id = await allocateId(tx, 'Argument', argument.id, `${argument.attackKind ?? argument.kind} ${target}`);
      const [row] = await tx.run('argument/create-argument', { ...argument, id });
      return toArgument(row?.item as Record<string, unknown>);
    });
    return result;
  }

  /** Deletes the argument, its assertions and the undercuts aimed at it. */
  async deleteArgument({ id }: { id: string }): Promise<{ argumentsDeleted: number }> {
    const { result } = await this.db.writeTx(async (tx) => {
      const [row] = await tx.run('argument/delete-argument', { id });
      if (!row) throw notFound('Argument', id, 'id');
      return { argumentsDeleted: num(row.argumentsDeleted) };
    });
    return result;
  }
}
