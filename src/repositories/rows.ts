import type { Row } from '../db/executor.js';
import type { Page } from '../domain/index.js';

/** Orders `item` rows by the ids asked for; null where an id was not found. */
export function byIds<T>(ids: readonly string[], rows: Row[], map: (row: Row) => T & { id: string }): (T | null)[] {
  const found = new Map<string, T>();
  for (const row of rows) {
    const item = map(row.item as Row);
    found.set(item.id, item);
  }
  return ids.map((id) => found.get(id) ?? null);
}

/** Groups `(key, items)` rows by the ids asked for; an empty list where nothing matched. */
export function groupedByIds<T>(ids: readonly string[], rows: Row[], map: (row: Row) => T): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(String(row.key), (row.items as Row[]).map(map));
  return ids.map((id) => groups.get(id) ?? []);
}

export function str(value: unknown): string {
  return String(value);
}

export function strOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Shapes a `(totalCount, items)` row of a list statement asked for `first + 1` items into a page. */
export function toPage<T>(row: Row | undefined, first: number, map: (row: Row) => T): Page<T> {
  const items = ((row?.items as Row[] | undefined) ?? []).map(map);
  return { items: items.slice(0, first), hasNextPage: items.length > first, totalCount: num(row?.totalCount ?? 0) };
}
