import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

/** The stable error-code catalog of the API (DESIGN.md section 5). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badInput(field: string, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

export function notFound(what: string, id: string, field?: string): GraphQLError {
  return createGraphQLError(`${what} "${id}" does not exist`, {
    extensions: { code: ErrorCode.NOT_FOUND, id, ...(field ? { field } : {}) },
  });
}

export function conflict(message: string, field?: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: ErrorCode.CONFLICT, ...(field ? { field } : {}) },
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

export function serviceUnavailable(message = 'The database is unavailable; try again shortly'): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } },
  });
}

export function tooComplex(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });
}
