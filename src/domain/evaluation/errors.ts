/** Errors of the evaluation engine: domain errors, so the API layer gives them their codes like any other. */
import { InvalidInputError, TooComplexError } from '../errors.js';

/** The framework is too large or too hard for the budget given (QUERY_TOO_COMPLEX). */
export class EvaluationTooComplexError extends TooComplexError {
  constructor(message: string) {
    super(message);
  }
}

/** The request is malformed: an unknown or contradictory scenario id, a bad option (BAD_USER_INPUT). */
export class EvaluationInputError extends InvalidInputError {}
