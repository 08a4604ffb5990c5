import type { QueryEvaluationArgs, QueryResolvers } from '../../../../generated/graphql.js';
import { invalid, NotFoundError } from '../../../../domain/errors.js';
import { boundedInt, graphRootOf, GRAPH_DEPTH_DEFAULT, GRAPH_DEPTH_MAX, GRAPH_LIMIT_MAX, idOf } from '../../../../domain/validation.js';
import { validateScenario } from '../../../../domain/validate/scenario.js';
import type { Context } from '../../context.js';
import { pastRevision } from '../../time-travel.js';

/** The whole map evaluated; the claims reported are those of an issue, a neighbourhood or the whole map. */
export const evaluation: QueryResolvers['evaluation'] = (_parent, args, ctx) =>
  // The whole map is read and solved whatever the scope: a heavy request, which waits for its turn.
  ctx.heavy.run(() => evaluate(args, ctx));

async function evaluate(
  { mapId, semantics, scenario, issueId, rootId, depth, asOf, atRevision }: Partial<QueryEvaluationArgs>,
  ctx: Context,
) {
  const map = await ctx.maps.open(mapId);
  if (issueId && rootId) throw invalid('rootId', 'Give issueId or rootId, not both');
  const valid = validateScenario(scenario, 'scenario.');
  const past = await pastRevision(asOf, atRevision, map);
  const snapshot = past === null ? await map.repos.evaluation.snapshot() : await map.repos.evaluation.snapshotAt(past);
  let scope: string[] | null = null;
  if (issueId) {
    const id = idOf('Issue', issueId, 'issueId');
    if (!(await map.loaders.issue.load(id))) throw new NotFoundError('Issue', id).at('issueId');
    scope = [...new Set(snapshot.state.positions.filter((p) => p.issueId === id).map((p) => p.claimId))].sort();
  } else if (rootId) {
    const { id, label } = graphRootOf(rootId, 'rootId');
    // The neighbourhood as it stood then, for a past revision.
    const reader = past === null ? undefined : ((await map.repos.past.readerAt(past)) ?? undefined);
    const graph = await map.repos.graph.argumentGraph(
      // Bounded as the largest argumentGraph is: the map a client draws, and a statement that fits a transaction.
      { rootId: id, depth: boundedInt(depth, 'depth', 0, GRAPH_DEPTH_MAX, GRAPH_DEPTH_DEFAULT), direction: 'BOTH', limit: GRAPH_LIMIT_MAX },
      reader,
    );
    if (!graph) throw new NotFoundError(label, id).at('rootId');
    scope = graph.nodes
      .filter((n) => n.type === 'Claim')
      .map((n) => n.id)
      .sort();
  }
  const result = { mapId: map.mapId, snapshot, semantics: semantics ?? ('GROUNDED' as const), scenario: valid, scope, past: past !== null };
  // Evaluate now, so a scenario naming unknown ids is refused here, as an error of this field.
  snapshot.evaluate(result.semantics, valid);
  return result;
}
