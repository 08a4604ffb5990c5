import type { Row } from '../db/executor.js';

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
