import type { ActorKind } from '../../domain/index.js';
import { actorShape, affiliationShape, itemRow, keyedRow, pageRow } from '../shapes.js';
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
export const createActor = mutation(
  'actor/create-actor',
  {
    id: param<string>(),
    name: param<string>(),
    kind: param<ActorKind>(),
    description: param<string | null>(),
    searchText: param<string>(),
  },
  itemRow(actorShape),
);
