/**
 * The errors of the domain and of data access, free of any transport: the GraphQL layer gives
 * them their codes in one place (src/api/graphql/errors.ts), the CLI prints their message.
 */
export type DomainErrorKind = 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'UNAVAILABLE' | 'TOO_COMPLEX' | 'BUSY';

export interface DomainErrorDetails {
  /** The input field at fault, as a path (`input.premiseIds[1]`). */
  field?: string;
  /** The id the error is about. */
  id?: string;
  /** Anything else a client can act on (the current revision, a limit...). */
  extra?: Record<string, unknown>;
}

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  readonly field: string | undefined;
  readonly id: string | undefined;
  readonly extra: Record<string, unknown>;

  constructor(message: string, details: DomainErrorDetails = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.field = details.field;
    this.id = details.id;
    this.extra = details.extra ?? {};
  }

  /** The same error, told which input field named what it is about. */
  at(field: string): this {
    const copy = Object.create(Object.getPrototypeOf(this) as object) as this;
    Object.assign(copy, this, { field, message: this.message, stack: this.stack });
    return copy;
  }
}

/**
 * Input that breaks a rule; `field` says where. Without a field, `id` names what the input
 * referred to, and the API layer finds the field that named it (repositories know ids only).
 */
export class InvalidInputError extends DomainError {
  readonly kind = 'INVALID';
  constructor(field: string | undefined, message: string, { id, ...options }: ErrorOptions & { id?: string } = {}) {
    super(message, { field, id }, options);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'NOT_FOUND';
  constructor(
    readonly label: string,
    id: string,
  ) {
    super(`${label} "${id}" does not exist`, { id });
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'CONFLICT';
}

/** The database cannot answer now; trying again later may work. */
export class UnavailableError extends DomainError {
  readonly kind = 'UNAVAILABLE';
}

/** The request asks for more work than the service allows; `message` says what to change. */
export class TooComplexError extends DomainError {
  readonly kind = 'TOO_COMPLEX';
}

/** Too many requests of a kind right now (a full queue, a rate limit): try again after `retryAfter` seconds. */
export class BusyError extends DomainError {
  readonly kind = 'BUSY';
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(message, { extra: { retryAfter } });
  }
}

export const invalid = (field: string, message: string) => new InvalidInputError(field, message);
