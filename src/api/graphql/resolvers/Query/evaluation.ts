import type { QueryEvaluationArgs, QueryResolvers } from '../../../../generated/graphql.js';
import { invalid, NotFoundError } from '../../../../domain/errors.js';
import { boundedInt, graphRootOf, GRAPH_DEPTH_DEFAULT, GRAPH_DEPTH_MAX, idOf } from '../../../../domain/validation.js';
import { validateScenario } from '../../../../domain/validate/scenario.js';
import type { Context } from '../../context.js';

/** The revision `asOf` or `atRevision` names; null for the present. */
async function pastRevision(asOf: string | null | undefined, atRevision: number | null | undefined, ctx: Context): Promise<number | null> {
  if (asOf && atRevision !== null && atRevision !== undefined) throw invalid('atRevision', 'asOf and atRevision cannot be given together');
  if (atRevision !== null && atRevision !== undefined) {
    if (!Number.isInteger(atRevision) || atRevision < 0) throw invalid('atRevision', 'atRevision must be a revision number (0 or more)');
    return atRevision;
  }
  return asOf ? ctx.repos.revisions.revisionAt(asOf) : null;
}

/** The whole map evaluated; the claims reported are those of an issue, a neighbourhood or the whole map. */
export const evaluation: QueryResolvers['evaluation'] = (_parent, args, ctx) =>
  // The whole map is read and solved whatever the scope: a heavy request, which waits for its turn.
  ctx.heavy.run(() => evaluate(args, ctx));

async function evaluate({ semantics, scenario, issueId, rootId, depth, asOf, atRevision }: Partial<QueryEvaluationArgs>, ctx: Context) {
  if (issueId && rootId) throw invalid('rootId', 'Give issueId or rootId, not both');
  const valid = validateScenario(scenario, 'scenario.');
  const past = await pastRevision(asOf, atRevision, ctx);
  if (past !== null && rootId) {
    throw invalid('rootId', 'A neighbourhood is read as it is now: evaluate a past revision for an issue (issueId) or the whole map');
  }
  const snapshot = past === null ? await ctx.repos.evaluation.snapshot() : await ctx.repos.evaluation.snapshotAt(past);
  let scope: string[] | null = null;
  if (issueId) {
    const id = idOf('Issue', issueId, 'issueId');
    if (!(await ctx.loaders.issue.load(id))) throw new NotFoundError('Issue', id).at('issueId');
    scope = [...new Set(snapshot.state.positions.filter((p) => p.issueId === id).map((p) => p.claimId))].sort();
  } else if (rootId) {
    const { id, label } = graphRootOf(rootId, 'rootId');
    const graph = await ctx.repos.graph.argumentGraph({
      rootId: id,
      depth: boundedInt(depth, 'depth', 0, GRAPH_DEPTH_MAX, GRAPH_DEPTH_DEFAULT),
      direction: 'BOTH',
    });
    if (!graph) throw new NotFoundError(label, id).at('rootId');
    scope = graph.nodes
      .filter((n) => n.type === 'Claim')
      .map((n) => n.id)
      .sort();
  }
  const result = { snapshot, semantics: semantics ?? ('GROUNDED' as const), scenario: valid, scope, past: past !== null };
  // Evaluate now, so a scenario naming unknown ids is refused here, as an error of this field.
  snapshot.evaluate(result.semantics, valid);
  return result;
}
