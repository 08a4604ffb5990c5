// The error the managed Neo4j throws for anything the user can act on, and the alternatives it offers.
/**
 * A managed-Neo4j failure the user can act on. `message` is the whole line (what happened: what to do);
 * `hint` is the what-to-do part alone.
 */
export class ManagedNeo4jError extends Error {
  readonly hint: string;

  constructor(what: string, hint: string = ALTERNATIVES, options?: { cause?: unknown }) {
    super(`${what}: ${hint}`, options);
    this.name = 'ManagedNeo4jError';
    this.hint = hint;
  }
}

/** What to do when the managed server cannot be had at all. */
export const ALTERNATIVES = 'or set NEO4J_URI to an existing Neo4j 5, or run `docker compose up`.';
