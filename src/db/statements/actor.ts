import type { ActorKind } from '../../domain/index.js';
import { actorShape, affiliationShape, deletionRow, itemRow, keyedRow, pageRow } from '../shapes.js';
import { mutation, param, statement } from '../statement.js';
import { pageParams } from './page.js';

const ids = param<readonly string[]>();

export const findActorsByIds = statement('actor/find-actors-by-ids', { ids }, itemRow(actorShape));
export const findActorsByClaimIds = statement('actor/find-actors-by-claim-ids', { ids }, keyedRow(actorShape));
export const findAffiliationsByActorIds = statement('actor/find-affiliations-by-actor-ids', { ids }, keyedRow(affiliationShape));
export const findMembersByActorIds = statement('actor/find-members-by-actor-ids', { ids }, keyedRow(affiliationShape));
export const listActors = statement(
  'actor/list-actors',
  { nameContains: param<string | null>(), kind: param<ActorKind | null>(), ...pageParams },
  pageRow(actorShape),
);
/** An actor's fields, as a create or an update writes them. */
const actorFields = {
  id: param<string>(),
  name: param<string>(),
  kind: param<ActorKind>(),
  description: param<string | null>(),
  searchText: param<string>(),
};
export const createActor = mutation('actor/create-actor', actorFields, itemRow(actorShape));
export const updateActor = mutation('actor/update-actor', actorFields, itemRow(actorShape));
export const findActorDeletion = statement('actor/find-actor-deletion', { id: param<string>() }, deletionRow);
