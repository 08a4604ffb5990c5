import { z } from 'zod';

/**
 * A Cypher statement as code refers to it: its file (`cypher/<name>.cypher`), the parameters it
 * takes and the shape of each row it returns. Rows are checked against `row` where they enter
 * (see the executor), so repositories get typed records, never `Record<string, unknown>`.
 */
export interface Statement<P, R> {
  readonly name: string;
  /** The `$parameters` the file uses, in the order they are declared. */
  readonly paramNames: readonly string[];
  readonly row: z.ZodType<R>;
  /**
   * Declared by every statement that changes the map (see Writes): the revision log reads the
   * nodes it names before it runs. A statement without it changes nothing the log keeps (a read,
   * or the log's own bookkeeping); test/cypher checks that every statement whose Cypher writes
   * declares it.
   */
  readonly writes?: Writes;
  /** Carries the parameter type; never read at run time. */
  readonly _params?: P;
}

export type ParamsOf<S> = S extends Statement<infer P, unknown> ? P : never;
export type RowOf<S> = S extends Statement<unknown, infer R> ? R : never;

/** A parameter's type: declared for the compiler, not checked at run time (the code sends it). */
export const param = <T>() => z.custom<T>();

/**
 * What a write changes, for the revision log: the parameter keys naming the nodes whose own
 * state (properties, outgoing relationships) it changes, and those naming nodes whose referrers
 * it changes (it removes relationships pointing at them); or EVERY_NAMED_NODE, every node id its
 * parameters name (a mutation's few nodes).
 */
export type Writes = { ids: readonly string[]; referrers?: readonly string[] } | typeof EVERY_NAMED_NODE;

export const EVERY_NAMED_NODE = 'every named node';

export function statement<const PS extends Record<string, z.ZodType>, RS extends z.ZodType>(
  name: string,
  params: PS,
  row: RS,
  writes?: Writes,
): Statement<{ [K in keyof PS]: z.output<PS[K]> }, z.output<RS>> {
  return { name, paramNames: Object.keys(params), row: row as z.ZodType<z.output<RS>>, ...(writes ? { writes } : {}) };
}

/** A mutation's statement: it changes the few nodes its parameters name (the revision log reads each of them first). */
export function mutation<const PS extends Record<string, z.ZodType>, RS extends z.ZodType>(name: string, params: PS, row: RS) {
  return statement(name, params, row, EVERY_NAMED_NODE);
}

/** A statement that returns no rows worth reading (writes, maintenance). */
export const noRow = z.unknown();
