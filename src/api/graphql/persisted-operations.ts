import { readFileSync } from 'node:fs';
import path from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { REPO_ROOT } from '../../config.js';

/**
 * The allow-list of persisted operations: the explorer's typed documents (web/src/operations.ts),
 * written by `npm run codegen` (graphql-codegen's client preset) as `{ "sha256:<hex>": document }`.
 */
export const PERSISTED_DOCUMENTS_FILE = path.join(REPO_ROOT, 'web', 'src', 'generated', 'persisted-documents.json');

/** The allow-list by hash (hex, without the `sha256:` prefix, as clients send it). */
export function loadPersistedDocuments(file = PERSISTED_DOCUMENTS_FILE): ReadonlyMap<string, string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest).map(([key, document]) => [key.replace(/^sha256:/, ''), document]));
}

/**
 * Accepts persisted operations: a request whose `extensions.persistedQuery.sha256Hash` (Apollo's
 * and graphql-yoga's clients' format) names a document of the allow-list runs that document.
 * With `persistedOnly` (ARGMAP_PERSISTED_ONLY=true, for production) any other operation is
 * refused; otherwise operations sent as text run as before.
 */
export function persistedOperationsPlugin({
  documents,
  persistedOnly,
}: {
  documents: ReadonlyMap<string, string>;
  persistedOnly: boolean;
}): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
    allowArbitraryOperations: !persistedOnly,
    // The message Apollo's and graphql-yoga's clients recognise, with the code they look for.
    customErrors: { notFound: { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } } },
  });
}
