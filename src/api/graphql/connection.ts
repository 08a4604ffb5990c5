import type { Page } from '../../domain/index.js';
import { invalid } from '../../domain/errors.js';

const PREFIX = 'argmap:v1:';

/** Cursors are opaque to clients; inside they carry the id of the last item (keyset paging by id). */
export function encodeCursor(id: string): string {
  return Buffer.from(`${PREFIX}${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null | undefined): string | null {
  if (after === null || after === undefined || after === '') return null;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX) || decoded.length === PREFIX.length) {
    throw invalid('after', 'after is not a cursor returned by this API');
  }
  return decoded.slice(PREFIX.length);
}

export function toConnection<T extends { id: string }>(page: Page<T>) {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
