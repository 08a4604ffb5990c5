import { claimFromState } from '../../../domain/revisions.js';
import type {
  EvaluationResolvers,
  ExplainedClaimResolvers,
  ExplanationResolvers,
  ExplanationStepResolvers,
  VerdictResolvers,
} from '../../../generated/graphql.js';
import type {
  EvaluationSnapshot,
  Explanation as Account,
  ItemStatus,
  ScenarioInput,
  Semantics,
  Speaker,
} from '../../../domain/evaluation/index.js';
import type { Context } from '../context.js';
import { encodeCursor, pageOfIds, pageRequest } from '../connection.js';

/** An evaluation as the API hands it on: the snapshot, how it was asked for, and the claims in scope. */
export interface EvaluationResult {
  /** The map evaluated. */
  mapId: string;
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

/** The snapshot an item's evaluated fields read: the map of the revision it was read at, or the present one. */
export const snapshotFor = (item: { mapId: string; asOfRevision?: number }, ctx: Context): Promise<EvaluationSnapshot> => {
  const { evaluation } = ctx.maps.of(item).repos;
  return item.asOfRevision === undefined ? evaluation.snapshot() : evaluation.snapshotAt(item.asOfRevision);
};

/**
 * Accounts in words with the speakers named: written once to learn which claims they mention,
 * the names of those claims' speakers loaded in one batch, then written again with them.
 */
export async function inWords<T extends Account | null | Account[]>(
  snapshot: EvaluationSnapshot,
  scenario: ScenarioInput | null,
  write: (speakers: readonly Speaker[]) => T,
  ctx: Context,
): Promise<T> {
  const first = write([]);
  const accounts: readonly Account[] = first === null ? [] : Array.isArray(first) ? first : [first as Account];
  const ids = snapshot.speakersOf([...new Set(accounts.flatMap((a) => a.claims.map((c) => c.id)))], scenario);
  if (ids.length === 0) return first;
  const actors = await Promise.all(ids.map((id) => ctx.loaders.actor.load(id)));
  return write(actors.flatMap((a) => (a ? [{ id: a.id, name: a.name, kind: a.kind }] : [])));
}

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
      const then = await ctx.maps.of(e).repos.revisions.documentsAt(page, e.snapshot.revision);
      page.forEach((id, i) => {
        const state = then.get(id);
        if (state?.changed) claims[i] = state.state ? claimFromState(id, state.state, e.mapId) : null;
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
  steps: (x) => x.steps,
  claims: (x) => x.claims,
  truncated: (x) => x.truncated,
};

export const ExplanationStep: ExplanationStepResolvers = {
  argumentId: (s) => s.argumentId,
  kind: (s) => s.kind,
  attackKind: (s) => s.attackKind,
  premiseIds: (s) => [...s.premiseIds],
  conclusionId: (s) => s.conclusionId,
  targetArgumentId: (s) => s.targetArgumentId,
  label: (s) => s.label,
  failedPremiseId: (s) => (s.failure && 'premise' in s.failure ? (s.premiseIds[s.failure.premise] ?? null) : null),
  undercutById: (s) => (s.failure && 'undercut' in s.failure ? s.failure.undercut : null),
  rejectedByScenario: (s) => s.failure !== null && 'scenario' in s.failure,
  depth: (s) => s.depth,
  sentence: (s) => s.sentence,
};

export const ExplainedClaim: ExplainedClaimResolvers = {
  claimId: (c) => c.id,
  label: (c) => c.label,
  shortLabel: (c) => c.shortLabel,
  text: (c) => c.text,
  speakers: (c) => [...c.speakers],
  unattacked: (c) => c.unattacked,
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
