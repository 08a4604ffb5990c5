import { Neo4jError } from 'neo4j-driver';
import { ConflictError, DomainError, TooComplexError, UnavailableError } from '../domain/errors.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
/** Transient by class, permanent by meaning: the same query will hit the same limit again. */
const TOO_LARGE = /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|OutOfMemory/;

/** True when the failure means the database cannot be reached right now. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  if (TOO_LARGE.test(error.code)) return false;
  return (
    UNAVAILABLE.has(error.code) ||
    error.code.startsWith('Neo.TransientError.General.') ||
    /acquisition timed out|connection.*(refused|closed)|ECONNREFUSED/i.test(error.message)
  );
}

/** True for an error that no retry can cure (the driver retries transient errors otherwise). */
export function isPermanent(error: unknown): boolean {
  return error instanceof Neo4jError && TOO_LARGE.test(error.code);
}

/** The one place driver errors become domain errors; anything unexpected is passed on to be masked. */
export function translateNeo4jError(error: unknown): unknown {
  if (error instanceof DomainError || !(error instanceof Neo4jError)) return error;
  if (isPermanent(error)) {
    return new TooComplexError(
      'The request needs more memory than the database allows one transaction; ask for less (a smaller depth, limit or page) or import in batches',
      {},
      { cause: error },
    );
  }
  if (isUnavailable(error)) return new UnavailableError('The database is unavailable; try again shortly', {}, { cause: error });
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('A node with that id already exists', {}, { cause: error });
  }
  if (/TransactionTimedOut/.test(error.code)) {
    return new UnavailableError(
      'The query took too long and was stopped; narrow it (smaller depth or page)',
      { extra: { reason: 'TIMEOUT' } },
      { cause: error },
    );
  }
  return error;
}
