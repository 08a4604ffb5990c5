import { Neo4jError } from 'neo4j-driver';
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { conflict, ErrorCode, serviceUnavailable } from '../api/errors.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** True when the failure means the database cannot be reached right now. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE.has(error.code) ||
    error.code.startsWith('Neo.TransientError.General.') ||
    /acquisition timed out|connection.*(refused|closed)|ECONNREFUSED/i.test(error.message)
  );
}

/** The one place driver errors become API errors; anything unexpected stays masked. */
export function translateNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (isUnavailable(error)) return serviceUnavailable();
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    const id = /property `id` = '([^']+)'/.exec(error.message)?.[1];
    return conflict(id ? `"${id}" already exists` : 'A node with that id already exists', 'id');
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || /TransactionTimedOut/.test(error.code)) {
    return timedOut();
  }
  return error;
}

function timedOut(): GraphQLError {
  return createGraphQLError('The query took too long and was stopped; narrow it (smaller depth or page)', {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'TIMEOUT', http: { status: 503 } },
  });
}
