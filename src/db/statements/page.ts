import { param } from '../statement.js';

/**
 * The parameters of every list statement (`cypher/<domain>/list-*.cypher`): items with an id
 * strictly between `$after` and `$before` (null: no bound), ordered by id, `$limit` of them
 * from the start, or from the end when `$fromEnd` (then in descending order).
 */
export const pageParams = {
  after: param<string | null>(),
  before: param<string | null>(),
  fromEnd: param<boolean>(),
  limit: param<number>(),
};
