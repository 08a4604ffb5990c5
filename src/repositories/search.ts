import type { Executor, Row } from '../db/executor.js';
import type { NodeRecord } from '../domain/index.js';
import { toSearchQuery } from '../domain/spelling.js';
import type { NodeLabel } from '../domain/ids.js';
import { toActor, toAssertion, toClaim, toProvision } from './mappers.js';
import { num, strOrNull } from './rows.js';

const MAPPERS: Partial<Record<NodeLabel, (row: Row) => NodeRecord>> = {
  Claim: toClaim,
  Actor: toActor,
  Provision: toProvision,
  Assertion: toAssertion,
};

export interface SearchMatch {
  id: string;
  label: NodeLabel;
  score: number;
  snippet: string | null;
  /** The node itself, read with the hit (null for a label the statement does not shape). */
  node: NodeRecord | null;
}

/** Full-text search over claims, quotes, actors and provisions. */
export class SearchRepository {
  constructor(private readonly db: Executor) {}

  async search({ text, first }: { text: string; first: number }): Promise<SearchMatch[]> {
    const query = toSearchQuery(text);
    if (!query) return [];
    const rows = await this.db.read('search/search-nodes', { query, limit: first });
    return rows.map((row) => {
      const label = String(row.label) as NodeLabel;
      const map = MAPPERS[label];
      return {
        id: String(row.id),
        label,
        score: num(row.score),
        snippet: strOrNull(row.snippet),
        node: map && row.item ? map(row.item as Row) : null,
      };
    });
  }
}
