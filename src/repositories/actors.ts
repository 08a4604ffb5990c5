import type { Executor } from '../db/executor.js';
import * as actor from '../db/statements/actor.js';
import type { ActorKind, ActorRecord, Page, PageRequest } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import type { ValidActor } from '../domain/validate/actor.js';
import { createNode, deletePlanned, type DeleteRequest, updateNode, type UpdateRequest } from './references.js';
import { readByIds, readGrouped, readPage, single } from './rows.js';

/** Actors (people, organisations, governments, courts, media) and their affiliations. */
export class ActorRepository {
  constructor(private readonly db: Executor) {}

  findActorsByIds = ({ ids }: { ids: readonly string[] }) => readByIds(this.db, actor.findActorsByIds, ids);
  findActorsByClaimIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, actor.findActorsByClaimIds, ids);
  findAffiliationsByActorIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, actor.findAffiliationsByActorIds, ids);
  findMembersByActorIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, actor.findMembersByActorIds, ids);

  listActors({
    filter,
    page,
  }: {
    filter: { nameContains: string | null; kind: ActorKind | null };
    page: PageRequest;
  }): Promise<Page<ActorRecord>> {
    return readPage(this.db, actor.listActors, filter, page);
  }

  createActor({ actor: input }: { actor: ValidActor }): Promise<ActorRecord> {
    return createNode(this.db, { label: 'Actor', requestedId: input.id, idText: input.name }, async (tx, id) => {
      const rows = await tx.run(actor.createActor, { ...input, id, searchText: searchText.actor(input) });
      return single(rows, 'create-actor').item;
    });
  }

  /** Changes an actor, as `change` makes its new fields from its current ones (the entity's validator). */
  updateActor = (request: UpdateRequest<ActorRecord, ValidActor>): Promise<ActorRecord> =>
    updateNode(this.db, 'Actor', request, actor.findActorsByIds, async (tx, next) => {
      const rows = await tx.run(actor.updateActor, { ...next, id: request.id, searchText: searchText.actor(next) });
      return single(rows, 'update-actor').item;
    });

  /** Deletes an actor; refused while it has assertions or affiliations, unless `cascade` (its assertions go with it). */
  deleteActor = (request: DeleteRequest): Promise<string[]> => deletePlanned(this.db, 'Actor', request, actor.findActorDeletion);
}
