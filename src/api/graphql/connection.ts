import type { Page, PageRequest } from '../../domain/index.js';
import { invalid } from '../../domain/errors.js';
import { pageSize } from '../../domain/validation.js';

const PREFIX = 'argmap:v1:';

/** Cursors are opaque to clients; inside they carry the id of their item (keyset paging by id). */
export function encodeCursor(id: string): string {
  return Buffer.from(`${PREFIX}${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): string | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX) || decoded.length === PREFIX.length) {
    throw invalid(field, `${field} is not a cursor returned by this API`);
  }
  return decoded.slice(PREFIX.length);
}

/** The Relay connection arguments every connection field takes. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * The page the Relay arguments ask for: `first` items after `after`, or the `last` items before
 * `before` (both cursors may be given with either). `first` and `last` together are refused
 * (the specification strongly discourages them: the answer would be ambiguous); neither gives
 * the first PAGE_SIZE_DEFAULT items.
 */
export function pageRequest({ first, after, last, before }: ConnectionArgs): PageRequest {
  const hasLast = last !== null && last !== undefined;
  if (first !== null && first !== undefined && hasLast) {
    throw invalid('last', 'first and last cannot be given together: page forward with first/after or backward with last/before');
  }
  return {
    size: hasLast ? pageSize(last, 'last') : pageSize(first),
    after: decodeCursor(after, 'after'),
    before: decodeCursor(before, 'before'),
    fromEnd: hasLast,
  };
}

export function toConnection<T extends { id: string }>(page: Page<T>) {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges.at(0)?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

/**
 * One page of a list of ids held in memory, sorted: the window between the cursors, then its
 * first or last `size` ids (the Relay cursor connections algorithm), with what lies around it.
 */
export function pageOfIds(
  ids: readonly string[],
  request: PageRequest,
): { ids: string[]; start: number; hasNextPage: boolean; hasPreviousPage: boolean } {
  const from = request.after === null ? 0 : ids.findIndex((id) => id > request.after!);
  const to = request.before === null ? ids.length : ids.findIndex((id) => id >= request.before!);
  const window = ids.slice(from < 0 ? ids.length : from, to < 0 ? ids.length : to);
  const page = request.fromEnd ? window.slice(Math.max(0, window.length - request.size)) : window.slice(0, request.size);
  const start = (from < 0 ? ids.length : from) + (request.fromEnd ? Math.max(0, window.length - request.size) : 0);
  return { ids: page, start, hasNextPage: start + page.length < ids.length, hasPreviousPage: start > 0 };
}
