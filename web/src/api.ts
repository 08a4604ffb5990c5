/** The explorer's only way to its data: the public GraphQL API, through the typed documents of operations.ts. */
import type { ArgumentGraphQuery, TypedDocumentString } from './generated/graphql.js';

/**
 * Sends an operation as a persisted operation: its sha256 hash in `extensions.persistedQuery`
 * (as Apollo and graphql-yoga clients do), not its text, so the explorer keeps working when the
 * service accepts only the operations of its allow-list (ARGMAP_PERSISTED_ONLY=true).
 */
export async function gql<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: persistedHash(document) } } }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as TResult;
}

/** The document's hash in the allow-list, without the algorithm's prefix (`sha256:`). */
export function persistedHash(document: { __meta__?: Record<string, unknown> | undefined }): string {
  const hash: unknown = document.__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('the document has no persisted hash: run npm run codegen');
  return hash.replace(/^sha256:/, '');
}

/** A link that opens the same query in GraphiQL. */
export function graphiqlLink(document: { toString(): string }, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: document.toString().trim() });
  if (variables) params.set('variables', JSON.stringify(variables, null, 2));
  return `/graphql?${params.toString()}`;
}

export type GraphNode = ArgumentGraphQuery['argumentGraph']['nodes'][number];
export type GraphEdge = ArgumentGraphQuery['argumentGraph']['edges'][number];
