import { defaultEvaluationMemoryMB, type Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import type { CypherRegistry } from '../db/registry.js';
import { DEFAULT_SCOPE, type MapScope } from '../domain/maps.js';
import { ActorRepository } from './actors.js';
import { ArgumentRepository } from './arguments.js';
import { AssertionRepository } from './assertions.js';
import { DuplicatePairsCache } from './claim-similarity.js';
import { ClaimRepository } from './claims.js';
import { DatabaseRepository } from './database.js';
import { EvaluationCache, EvaluationRepository } from './evaluation.js';
import { EvaluationCaches } from './evaluation-caches.js';
import { GraphImportRepository } from './graph-import.js';
import { GraphRepository } from './graph.js';
import { GraphExportRepository } from './graph-export.js';
import { IssueRepository } from './issues.js';
import { MapRepository } from './maps.js';
import { MergeRepository } from './merges.js';
import { PastMapCache, PastMapRepository } from './past.js';
import { ProposalRepository } from './proposals.js';
import { ProvisionRepository } from './provisions.js';
import { RevisionRepository } from './revisions.js';
import { SearchRepository } from './search.js';
import { SourceRepository } from './sources.js';
import { UserRepository } from './users.js';

export type { DuplicatePairRecord, SimilarClaimRecord } from './claim-similarity.js';

export interface Repositories {
  claims: ClaimRepository;
  arguments: ArgumentRepository;
  actors: ActorRepository;
  assertions: AssertionRepository;
  sources: SourceRepository;
  provisions: ProvisionRepository;
  proposals: ProposalRepository;
  issues: IssueRepository;
  maps: MapRepository;
  merges: MergeRepository;
  users: UserRepository;
  search: SearchRepository;
  graphImport: GraphImportRepository;
  graph: GraphRepository;
  graphExport: GraphExportRepository;
  database: DatabaseRepository;
  evaluation: EvaluationRepository;
  revisions: RevisionRepository;
  past: PastMapRepository;
}

/** What repositories share across requests (created once per process, in the composition root). */
export interface SharedState {
  /** Each map's evaluation cache, within one memory budget. */
  evaluation: EvaluationCaches;
  past: PastMapCache;
  /** Each map's duplicate pairs (duplicateCandidates), per revision. */
  duplicates: DuplicatePairsCache;
}

/** Without a config (tools, tests), the evaluation memory is sized from the machine, as the service's default is. */
export const createSharedState = (config?: Pick<Config, 'evaluationMemoryBytes'>): SharedState => ({
  evaluation: new EvaluationCaches({ budgetBytes: config?.evaluationMemoryBytes ?? defaultEvaluationMemoryMB() * 1024 ** 2 }),
  past: new PastMapCache(),
  duplicates: new DuplicatePairsCache(),
});

/**
 * The repositories of one map scope, over an executor of the same scope (see MapScope): a lookup
 * by id across maps (`mapId: null`) has no map to evaluate or to read the past of.
 */
export function createRepositories(
  db: Executor,
  registry: CypherRegistry,
  shared: SharedState = createSharedState(),
  scope: MapScope = DEFAULT_SCOPE,
): Repositories {
  const graph = new GraphRepository(db);
  const revisions = new RevisionRepository(db);
  return {
    claims: new ClaimRepository(db, shared.duplicates),
    arguments: new ArgumentRepository(db),
    actors: new ActorRepository(db),
    assertions: new AssertionRepository(db),
    sources: new SourceRepository(db),
    provisions: new ProvisionRepository(db),
    proposals: new ProposalRepository(db),
    issues: new IssueRepository(db),
    merges: new MergeRepository(db),
    maps: new MapRepository(db, (mapId) => shared.evaluation.drop(mapId)),
    users: new UserRepository(db),
    search: new SearchRepository(db),
    graphImport: new GraphImportRepository(db),
    graph,
    graphExport: new GraphExportRepository(db, graph),
    database: new DatabaseRepository(db, registry),
    revisions,
    evaluation: new EvaluationRepository(db, scope.mapId === null ? new EvaluationCache() : shared.evaluation.for(scope.mapId)),
    past: new PastMapRepository(db, shared.past, revisions, scope.mapId),
  };
}
