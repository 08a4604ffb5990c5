import { claimFromState } from '../../../domain/revisions.js';
import type { EvaluationResolvers, ExplanationResolvers, VerdictResolvers } from '../../../generated/graphql.js';
import type { EvaluationSnapshot, ItemStatus, ScenarioInput, Semantics } from '../../../domain/evaluation/index.js';
import { encodeCursor, pageOfIds, pageRequest } from '../connection.js';

/** An evaluation as the API hands it on: the snapshot, how it was asked for, and the claims in scope. */
export interface EvaluationResult {
  snapshot: EvaluationSnapshot;
  semantics: Semantics;
  scenario: ScenarioInput | null;
  /** Claim ids reported, sorted; the whole map's when null. */
  scope: readonly string[] | null;
  /** A past revision of the map (asOf/atRevision): its claims are shown as they stood then. */
  past?: boolean;
}

/** The API's Status of an item the engine labelled. */
export const statusOf = (status: (ItemStatus & { excluded?: boolean }) | null) =>
  status
    ? { label: status.label, credulous: status.credulous, sceptical: status.sceptical, excluded: status.excluded === true }
    : { label: 'UNDEC' as const, credulous: false, sceptical: false, excluded: false };

export const Evaluation: EvaluationResolvers = {
  revision: (e) => e.snapshot.revision,
  semantics: (e) => e.semantics,
  counts: (e) => {
    const counts = e.snapshot.evaluate(e.semantics, e.scenario).claimCounts;
    return { in: counts.IN, out: counts.OUT, undec: counts.UNDEC };
  },
  extensionCount: (e) => e.snapshot.evaluate(e.semantics, e.scenario).extensionCount,
  extensionCountExact: (e) => e.snapshot.evaluate(e.semantics, e.scenario).extensionCountExact,
  claims: async (e, { label, ...args }, ctx) => {
    const evaluation = e.snapshot.evaluate(e.semantics, e.scenario);
    const request = pageRequest(args);
    const ids = (e.scope ?? e.snapshot.state.map.claims.map((c) => c.id).sort()).filter(
      (id) => !label || evaluation.statusOf(id)?.label === label,
    );
    const { ids: page, hasNextPage, hasPreviousPage } = pageOfIds(ids, request);
    const claims = await Promise.all(page.map((id) => ctx.loaders.claim.load(id)));
    if (e.past) {
      // A past map: each claim as it stood then (one that has been deleted since, too).
      const then = await ctx.repos.revisions.documentsAt(page, e.snapshot.revision);
      page.forEach((id, i) => {
        const state = then.get(id);
        if (state?.changed) claims[i] = state.state ? claimFromState(id, state.state) : null;
      });
    }
    const gradual = e.snapshot.gradual(e.scenario);
    const edges = page.flatMap((id, i) => {
      const node = claims[i];
      return node ? [{ cursor: encodeCursor(id), node, status: statusOf(evaluation.statusOf(id)), strength: gradual.strengthOf(id) }] : [];
    });
    return {
      edges,
      pageInfo: {
        hasNextPage,
        hasPreviousPage,
        startCursor: edges.at(0)?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: ids.length,
    };
  },
};

export const Explanation: ExplanationResolvers = {
  label: (x) => x.label,
  sentences: (x) => x.sentences,
  defeatedBy: (x) => [...new Set(x.defeatedBy.flatMap((step) => (step.itemId ? [step.itemId] : [])))],
  cycle: (x) => [...new Set(x.cycle.flatMap((step) => (step.itemId ? [step.itemId] : [])))],
};

export const Verdict: VerdictResolvers = {
  semantics: (v) => v.semantics,
  answer: (v) => v.answer,
  positions: (v, _args, _ctx) =>
    v.positions.map((p) => ({
      position: { claimId: p.claimId, issueId: (p as { issueId?: string }).issueId ?? '', stance: p.stance },
      status: statusOf(p.status),
    })),
  extensionCount: (v) => v.extensionCount,
  extensionCountExact: (v) => v.extensionCountExact,
};
