import type { Executor } from '../db/executor.js';
import type { Statement } from '../db/statement.js';
import type { Page, PageRequest } from '../domain/index.js';

type PageParams = { after: string | null; before: string | null; fromEnd: boolean; limit: number };

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

type PageRow<T> = { totalCount: number; hasBefore: boolean; hasAfter: boolean; items: T[] };

/**
 * The page in a list statement's row, read for `size + 1` items to learn whether more follow in
 * the direction read. `hasNextPage`/`hasPreviousPage` follow the Relay cursor connections
 * specification: the direction read tells from the extra item; the other direction is true when
 * items exist from `before` on / up to `after`.
 */
function pageOf<T>(row: PageRow<T> | undefined, { size, after, before, fromEnd }: PageRequest): Page<T> {
  const read = row?.items ?? [];
  const more = read.length > size;
  const items = read.slice(0, size);
  if (fromEnd) items.reverse();
  return {
    items,
    totalCount: row?.totalCount ?? 0,
    hasNextPage: (!fromEnd && more) || (before !== null && (row?.hasAfter ?? false)),
    hasPreviousPage: (fromEnd && more) || (after !== null && (row?.hasBefore ?? false)),
  };
}

const pageParamsOf = ({ size, after, before, fromEnd }: PageRequest): PageParams => ({ after, before, fromEnd, limit: size + 1 });

/** Reads one page through a list statement (see `db/statements/page.ts`). */
export async function readPage<P extends PageParams, T>(
  db: Executor,
  statement: Statement<P, PageRow<T>>,
  params: Omit<P, keyof PageParams>,
  page: PageRequest,
): Promise<Page<T>> {
  const [row] = await db.read(statement, { ...params, ...pageParamsOf(page) } as P);
  return pageOf(row, page);
}

/** Reads the same page of what belongs to each id through a keyed list statement, in one round trip. */
export async function readPages<T>(
  db: Executor,
  statement: Statement<Ids & PageParams, PageRow<T> & { key: string }>,
  ids: readonly string[],
  page: PageRequest,
): Promise<Page<T>[]> {
  const rows = new Map<string, PageRow<T>>();
  for (const row of await db.read(statement, { ids, ...pageParamsOf(page) })) rows.set(row.key, row);
  return ids.map((id) => pageOf(rows.get(id), page));
}

/** The single row a write statement returns; its absence is a fault of the statement, not of the input. */
export function single<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${what} returned no row`);
  return row;
}
