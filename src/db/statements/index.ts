/** The statement catalog: every Cypher statement the service runs, as a typed constant. */
import type { Statement } from '../statement.js';
import * as actor from './actor.js';
import * as argument from './argument.js';
import * as assertion from './assertion.js';
import * as claim from './claim.js';
import * as db from './db.js';
import * as evaluation from './evaluation.js';
import * as exporting from './export.js';
import * as graph from './graph.js';
import * as importing from './import.js';
import * as issue from './issue.js';
import * as map from './map.js';
import * as merge from './merge.js';
import * as node from './node.js';
import * as proposal from './proposal.js';
import * as provision from './provision.js';
import * as revision from './revision.js';
import * as search from './search.js';
import * as source from './source.js';
import * as user from './user.js';

export {
  actor,
  argument,
  assertion,
  claim,
  db,
  evaluation,
  exporting,
  graph,
  importing,
  issue,
  map,
  merge,
  node,
  proposal,
  provision,
  revision,
  search,
  source,
  user,
};

const isStatement = (value: unknown): value is Statement<unknown, unknown> =>
  typeof value === 'object' && value !== null && 'name' in value && 'paramNames' in value && 'row' in value;

/** Every statement of the catalog, with the name it is exported under (`claim.findClaimsByIds`). */
export const CATALOG: ReadonlyArray<{ exportName: string; statement: Statement<unknown, unknown> }> = Object.entries({
  actor,
  argument,
  assertion,
  claim,
  db,
  evaluation,
  exporting,
  graph,
  importing,
  issue,
  map,
  merge,
  node,
  proposal,
  provision,
  revision,
  search,
  source,
  user,
}).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isStatement(value))
    .map(([name, value]) => ({ exportName: `${module}.${name}`, statement: value as Statement<unknown, unknown> })),
);
