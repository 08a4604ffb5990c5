import { DomainError } from '../../domain/errors.js';

/**
 * Runs a repository call and, when it fails about an id the input named (a reference that does
 * not exist, an id already taken), says which input field named it. Repositories know ids,
 * never the shape of the input.
 */
export async function withInputFields<T>(fields: readonly { id: string | null; field: string }[], call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof DomainError && error.id !== undefined && error.field === undefined) {
      const named = fields.find((f) => f.id === error.id);
      if (named) throw error.at(named.field);
    }
    throw error;
  }
}
