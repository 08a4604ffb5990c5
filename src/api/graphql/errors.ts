import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { BusyError, DomainError, type DomainErrorKind } from '../../domain/errors.js';

/**
 * The stable error-code catalog of the API (DESIGN.md section 5, README "Errors and limits"):
 * every error the service answers carries one of these (see coded-errors.ts).
 */
export const ErrorCode = {
  /** The HTTP request itself is malformed: JSON, method, media type, batching, no operation. */
  BAD_REQUEST: 'BAD_REQUEST',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));
export const isErrorCode = (code: string): code is ErrorCode => CODES.has(code);

const CODE_OF: Record<DomainErrorKind, { code: ErrorCode; status?: number }> = {
  INVALID: { code: ErrorCode.BAD_USER_INPUT },
  NOT_FOUND: { code: ErrorCode.NOT_FOUND },
  CONFLICT: { code: ErrorCode.CONFLICT },
  UNAVAILABLE: { code: ErrorCode.SERVICE_UNAVAILABLE, status: 503 },
  TOO_COMPLEX: { code: ErrorCode.QUERY_TOO_COMPLEX },
  BUSY: { code: ErrorCode.TOO_MANY_REQUESTS, status: 429 },
};

const retryAfterHeader = (error: DomainError): Record<string, string> =>
  error instanceof BusyError ? { 'retry-after': String(error.retryAfter) } : {};

/** The one place domain errors become coded GraphQL errors; anything else is left for masking. */
export function toGraphQLError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (!(original instanceof DomainError)) return null;
  const { code, status } = CODE_OF[original.kind];
  const located = error instanceof GraphQLError ? error : undefined;
  return createGraphQLError(original.message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions: {
      code,
      ...(original.field !== undefined ? { field: original.field } : {}),
      ...(original.id !== undefined ? { id: original.id } : {}),
      ...original.extra,
      ...(status ? { http: { status, headers: retryAfterHeader(original) } } : {}),
    },
  });
}

export function unauthenticated(message: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

export function forbidden(message: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
  });
}
