import type { Executor } from '../db/executor.js';
import { toSearchQuery } from '../domain/spelling.js';
import type { NodeLabel } from '../domain/ids.js';
import { num, strOrNull } from './rows.js';

export interface SearchMatch {
  id: string;
  label: NodeLabel;
  score: number;
  snippet: string | null;
}

/** Full-text search over claims, quotes, actors and provisions. */
export class SearchRepository {
  constructor(private readonly db: Executor) {}

  async search({ text, first }: { text: string; first: number }): Promise<SearchMatch[]> {
    const query = toSearchQuery(text);
    if (!query) return [];
    const rows = await this.db.read('search/search-nodes', { query, limit: first });
    return rows.map((row) => ({
      id: String(row.id),
      label: String(row.label) as NodeLabel,
      score: num(row.score),
      snippet: strOrNull(row.snippet),
    }));
  }
}
