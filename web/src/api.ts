/** The explorer's only way to its data: the public GraphQL API, through the typed documents of operations.ts. */
import type { ArgumentGraphQuery, TypedDocumentString } from './generated/graphql.js';

const TOKEN_STORAGE = 'argmap.token';

/**
 * The token the reader signed in with for this tab: a user's JWT or an API key, sent as a bearer
 * token on every request and on the live changes (sessionStorage: gone when the tab closes).
 */
export function token(): string | null {
  return sessionStorage.getItem(TOKEN_STORAGE);
}
export function setToken(value: string | null): void {
  if (value) sessionStorage.setItem(TOKEN_STORAGE, value);
  else sessionStorage.removeItem(TOKEN_STORAGE);
}

/** An error the API answered with: its message, its codes (DESIGN.md section 5) and their extensions (a CONFLICT's dependants). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
    readonly extensions: Record<string, unknown>[] = [],
  ) {
    super(message);
  }
}

function request(
  document: { __meta__?: Record<string, unknown> | undefined },
  variables: unknown,
  { accept, signal }: { accept?: string; signal?: AbortSignal } = {},
): Promise<Response> {
  const key = token();
  return fetch('/graphql', {
    method: 'POST',
    signal: signal ?? null,
    headers: {
      'content-type': 'application/json',
      ...(accept ? { accept } : {}),
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: persistedHash(document) } } }),
  });
}

interface GraphqlBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/**
 * Which map's answers are still wanted: `leaveMap()` moves it on when the reader switches maps,
 * and an answer to a request sent before that never reaches its caller (its promise stays
 * pending and is collected), so nothing of the map left behind is drawn over the one chosen.
 */
let epoch = 0;
export function leaveMap(): void {
  epoch += 1;
}
const never = <T>(): Promise<T> => new Promise<T>(() => {});

/** A token refused (expired, revoked): the session drops it and offers to sign in again (session.ts). */
function refuse(error: ApiError): void {
  document.dispatchEvent(new CustomEvent('argmap:unauthenticated', { detail: error.message }));
}

function check<T>(body: GraphqlBody<T>): T {
  if (body.errors?.length) {
    const error = new ApiError(
      body.errors.map((e) => (e.extensions?.code ? `${e.extensions.code}: ${e.message}` : e.message)).join('; '),
      body.errors.map((e) => e.extensions?.code ?? ''),
      body.errors.map((e) => e.extensions ?? {}),
    );
    // A token refused (expired, revoked): the session offers to sign in again (session.ts).
    if (error.codes.includes('UNAUTHENTICATED'))
      document.dispatchEvent(new CustomEvent('argmap:unauthenticated', { detail: error.message }));
    throw error;
  }
  return body.data as T;
}

/**
 * Sends an operation as a persisted operation: its sha256 hash in `extensions.persistedQuery`
 * (as Apollo and graphql-yoga clients do), not its text, so the explorer keeps working when the
 * service accepts only the operations of its allow-list (ARGMAP_PERSISTED_ONLY=true). The token,
 * when the reader signed in, goes as a bearer token. `anyMap`: the answer is wanted whichever
 * map is shown by the time it comes (the list of maps).
 */
export async function gql<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { anyMap = false }: { anyMap?: boolean } = {},
): Promise<TResult> {
  const sentIn = epoch;
  const wanted = () => anyMap || sentIn === epoch;
  try {
    const response = await request(document, variables);
    const body = (await response.json()) as GraphqlBody<TResult>;
    return wanted() ? check(body) : never();
  } catch (error) {
    if (!wanted()) return never();
    throw error;
  }
}

/**
 * Runs a subscription over Server-Sent Events (POST with `Accept: text/event-stream`, read with
 * the fetch API) and calls `onEvent` with each result until `signal` aborts or the stream ends.
 */
export async function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  onEvent: (data: TResult) => void,
  signal: AbortSignal,
): Promise<void> {
  const response = await request(document, variables, { accept: 'text/event-stream', signal });
  if (response.status === 401) {
    // The token was refused: the session drops it (session.ts), and the next attempt reads as anyone does.
    const refused = new ApiError('UNAUTHENTICATED: the change stream refused the token', ['UNAUTHENTICATED']);
    refuse(refused);
    throw refused;
  }
  if (!response.ok || !response.body) throw new Error(`the change stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const lines = block.split('\n');
      const event = lines
        .find((l) => l.startsWith('event:'))
        ?.slice(6)
        .trim();
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (event === 'complete') return;
      if (event === 'next' && data) onEvent(check(JSON.parse(data) as GraphqlBody<TResult>));
    }
  }
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
