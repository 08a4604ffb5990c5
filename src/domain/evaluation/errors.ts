/** Errors of the evaluation engine: plain, transport-free; the API layer maps them to codes. */

/** The framework is too large or too hard for the budget given (maps to QUERY_TOO_COMPLEX). */
export class EvaluationTooComplexError extends Error {
  override readonly name = 'EvaluationTooComplexError';
  readonly kind = 'too complex' as const;
  constructor(message: string) {
    super(message);
  }
}

/** The request is malformed: an unknown or contradictory scenario id, a bad option (maps to BAD_USER_INPUT). */
export class EvaluationInputError extends Error {
  override readonly name = 'EvaluationInputError';
  readonly kind = 'invalid' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
