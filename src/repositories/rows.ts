import type { Executor } from '../db/executor.js';
import type { Statement } from '../db/statement.js';
import type { Page } from '../domain/index.js';

type Ids = { ids: readonly string[] };

/** Reads records through a by-ids statement (`item` rows), in the order asked for; null where an id was not found. */
export async function readByIds<T extends { id: string }>(
  db: Executor,
  statement: Statement<Ids, { item: T }>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  const found = new Map<string, T>();
  for (const { item } of await db.read(statement, { ids })) found.set(item.id, item);
  return ids.map((id) => found.get(id) ?? null);
}

/** Reads what belongs to each id through a keyed statement (`key, items` rows); an empty list where nothing matched. */
export async function readGrouped<T>(
  db: Executor,
  statement: Statement<Ids, { key: string; items: T[] }>,
  ids: readonly string[],
): Promise<T[][]> {
  const groups = new Map<string, T[]>();
  for (const row of await db.read(statement, { ids })) groups.set(row.key, row.items);
  return ids.map((id) => groups.get(id) ?? []);
}

/** Reads one page through a list statement, which is asked for `first + 1` items to learn whether more follow. */
export async function readPage<P extends { after: string | null; limit: number }, T>(
  db: Executor,
  statement: Statement<P, { totalCount: number; items: T[] }>,
  params: Omit<P, 'limit'>,
  first: number,
): Promise<Page<T>> {
  const [row] = await db.read(statement, { ...params, limit: first + 1 } as P);
  const items = row?.items ?? [];
  return { items: items.slice(0, first), hasNextPage: items.length > first, totalCount: row?.totalCount ?? 0 };
}

/** The single row a write statement returns; its absence is a fault of the statement, not of the input. */
export function single<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${what} returned no row`);
  return row;
}
