import { assertionShape, itemRow, keyedPageRow, keyedRow } from '../shapes.js';
import { mutation, param, statement } from '../statement.js';
import { pageParams } from './page.js';

const ids = param<readonly string[]>();

export const findAssertionsByIds = statement('assertion/find-assertions-by-ids', { ids }, itemRow(assertionShape));
export const findAssertionsByClaimIds = statement('assertion/find-assertions-by-claim-ids', { ids }, keyedRow(assertionShape));
export const findAssertionsByArgumentIds = statement('assertion/find-assertions-by-argument-ids', { ids }, keyedRow(assertionShape));
export const findAssertionsByActorIds = statement('assertion/find-assertions-by-actor-ids', { ids }, keyedRow(assertionShape));
export const findAssertionsBySourceIds = statement('assertion/find-assertions-by-source-ids', { ids }, keyedRow(assertionShape));
export const listAssertionsByClaimIds = statement(
  'assertion/list-assertions-by-claim-ids',
  { ids, ...pageParams },
  keyedPageRow(assertionShape),
);
export const listAssertionsByActorIds = statement(
  'assertion/list-assertions-by-actor-ids',
  { ids, ...pageParams },
  keyedPageRow(assertionShape),
);
export const listAssertionsBySourceIds = statement(
  'assertion/list-assertions-by-source-ids',
  { ids, ...pageParams },
  keyedPageRow(assertionShape),
);
/** Who said an assertion, where, in which words, when, as a create or an update writes them. */
const assertionFields = {
  id: param<string>(),
  actorId: param<string>(),
  sourceId: param<string | null>(),
  quote: param<string | null>(),
  date: param<string | null>(),
  searchText: param<string | null>(),
};
export const createAssertion = mutation(
  'assertion/create-assertion',
  { ...assertionFields, claimId: param<string | null>(), argumentId: param<string | null>() },
  itemRow(assertionShape),
);
export const updateAssertion = mutation('assertion/update-assertion', assertionFields, itemRow(assertionShape));
