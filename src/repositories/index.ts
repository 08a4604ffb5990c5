import type { Executor } from '../db/executor.js';
import type { CypherRegistry } from '../db/registry.js';
import { ActorRepository } from './actors.js';
import { ArgumentRepository } from './arguments.js';
import { AssertionRepository } from './assertions.js';
import { ClaimRepository } from './claims.js';
import { DatabaseRepository } from './database.js';
import { EvaluationCache, EvaluationRepository } from './evaluation.js';
import { GraphImportRepository } from './graph-import.js';
import { GraphRepository } from './graph.js';
import { GraphExportRepository } from './graph-export.js';
import { IssueRepository } from './issues.js';
import { PastMapCache, PastMapRepository } from './past.js';
import { ProvisionRepository } from './provisions.js';
import { RevisionRepository } from './revisions.js';
import { SearchRepository } from './search.js';
import { SourceRepository } from './sources.js';

export interface Repositories {
  claims: ClaimRepository;
  arguments: ArgumentRepository;
  actors: ActorRepository;
  assertions: AssertionRepository;
  sources: SourceRepository;
  provisions: ProvisionRepository;
  issues: IssueRepository;
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
  evaluation: EvaluationCache;
  past: PastMapCache;
}

export const createSharedState = (): SharedState => ({ evaluation: new EvaluationCache(), past: new PastMapCache() });

export function createRepositories(db: Executor, registry: CypherRegistry, shared: SharedState = createSharedState()): Repositories {
  const graph = new GraphRepository(db);
  const revisions = new RevisionRepository(db);
  return {
    claims: new ClaimRepository(db),
    arguments: new ArgumentRepository(db),
    actors: new ActorRepository(db),
    assertions: new AssertionRepository(db),
    sources: new SourceRepository(db),
    provisions: new ProvisionRepository(db),
    issues: new IssueRepository(db),
    search: new SearchRepository(db),
    graphImport: new GraphImportRepository(db),
    graph,
    graphExport: new GraphExportRepository(db, graph),
    database: new DatabaseRepository(db, registry),
    revisions,
    evaluation: new EvaluationRepository(db, shared.evaluation),
    past: new PastMapRepository(db, shared.past, revisions),
  };
}
