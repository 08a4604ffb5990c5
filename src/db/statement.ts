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
   * For a write: the parameter keys naming the nodes whose own state (properties, outgoing
   * relationships) it changes, and those naming nodes whose referrers it changes (it removes
   * relationships pointing at them). The revision log reads those nodes before the write; without
   * it, every id the parameters name.
   */
  readonly writes?: Writes;
  /** Carries the parameter type; never read at run time. */
  readonly _params?: P;
}

export type ParamsOf<S> = S extends Statement<infer P, unknown> ? P : never;
export type RowOf<S> = S extends Statement<unknown, infer R> ? R : never;

/** A parameter's type: declared for the compiler, not checked at run time (the code sends it). */
export const param = <T>() => z.custom<T>();

export interface Writes {
  ids: readonly string[];
  referrers?: readonly string[];
}

export function statement<const PS extends Record<string, z.ZodType>, RS extends z.ZodType>(
  name: string,
  params: PS,
  row: RS,
  writes?: Writes,
): Statement<{ [K in keyof PS]: z.output<PS[K]> }, z.output<RS>> {
  return { name, paramNames: Object.keys(params), row: row as z.ZodType<z.output<RS>>, ...(writes ? { writes } : {}) };
}

/** A statement that returns no rows worth reading (writes, maintenance). */
export const noRow = z.unknown();
