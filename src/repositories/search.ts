import type { StatementReader } from './past-reader.js';
import * as search from '../db/statements/search.js';
import type { NodeLabel } from '../domain/ids.js';
import type { NodeRecord } from '../domain/index.js';
import { toSearchQuery } from '../domain/spelling.js';

export interface SearchMatch {
  id: string;
  label: NodeLabel;
  score: number;
  snippet: string | null;
  /** The node itself, read with the hit. */
  node: NodeRecord | null;
}

/** Full-text search over claims, quotes, actors and provisions. */
export class SearchRepository {
  constructor(private readonly db: StatementReader) {}

  /** Best first; with `reader`, over the map at a past revision (see PastReader). */
  async search({ text, first }: { text: string; first: number }, reader: StatementReader = this.db): Promise<SearchMatch[]> {
    const query = toSearchQuery(text);
    if (!query) return [];
    const rows = await reader.read(search.searchNodes, { query, limit: first });
    return rows.map(({ item, ...hit }) => ({ ...hit, node: item }));
  }
}
