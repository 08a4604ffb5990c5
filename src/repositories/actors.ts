import type { Executor } from '../db/executor.js';
import type { ActorKind, ActorRecord, AffiliationRecord, Page } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import { toActor, toAffiliation } from './mappers.js';
import { allocateId } from './references.js';
import { byIds, groupedByIds, toPage } from './rows.js';

export interface ActorFilter {
  nameContains: string | null;
  kind: ActorKind | null;
}

/** Actors (people, organisations, governments, courts, media) and their affiliations. */
export class ActorRepository {
  constructor(private readonly db: Executor) {}

  async findActorsByIds({ ids }: { ids: readonly string[] }): Promise<(ActorRecord | null)[]> {
    return byIds(ids, await this.db.read('actor/find-actors-by-ids', { ids }), toActor);
  }

  async findActorsByClaimIds({ ids }: { ids: readonly string[] }): Promise<ActorRecord[][]> {
    return groupedByIds(ids, await this.db.read('actor/find-actors-by-claim-ids', { ids }), toActor);
  }

  async findAffiliationsByActorIds({ ids }: { ids: readonly string[] }): Promise<AffiliationRecord[][]> {
    return groupedByIds(ids, await this.db.read('actor/find-affiliations-by-actor-ids', { ids }), toAffiliation);
  }

  async findMembersByActorIds({ ids }: { ids: readonly string[] }): Promise<AffiliationRecord[][]> {
    return groupedByIds(ids, await this.db.read('actor/find-members-by-actor-ids', { ids }), toAffiliation);
  }

  async listActors({ filter, first, after }: { filter: ActorFilter; first: number; after: string | null }): Promise<Page<ActorRecord>> {
    const [row] = await this.db.read('actor/list-actors', { ...filter, after, limit: first + 1 });
    return toPage(row, first, toActor);
  }

  async createActor({
    actor,
  }: {
    actor: { id: string | null; name: string; kind: ActorKind; description: string | null };
  }): Promise<ActorRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      const id = await allocateId(tx, 'Actor', actor.id, actor.name);
      const [row] = await tx.run('actor/create-actor', { ...actor, id, searchText: searchText.actor(actor) });
      return toActor(row?.item as Record<string, unknown>);
    });
    return result;
  }
}
