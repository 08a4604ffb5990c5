import { frameworkOf, stronglyConnectedComponents } from './evaluation/framework.js';

/** What scheduling needs of an argument: the nodes it points at. */
export interface ScheduledArgument {
  id: string;
  premiseIds: readonly string[];
  conclusionId: string | null;
  targetArgumentId: string | null;
}

/** One transaction of a batched import: claims and arguments, by their index in the document's lists. */
export interface MapBatch {
  claims: number[];
  arguments: number[];
}

/**
 * How many times the batch size one group of claims and arguments that must go together may
 * reach before it is split (a giant cycle of rebuttals would otherwise be one huge transaction).
 */
export const GROUP_LIMIT_FACTOR = 4;

/**
 * The transactions a batched import writes claims and arguments in, so that every committed
 * transaction leaves a whole map (an import stopped at any point shows no argument without its
 * premises or conclusion) and each claim is written once:
 *
 * - an argument goes in with its premise links and its conclusion (a claim, or the argument it
 *   undercuts), so it needs those written in the same transaction or before;
 * - a premise link is part of its claim's state (the claim holds it), so a claim goes in the same
 *   transaction as every argument it is a premise of: the revision log then keeps one state of it.
 *
 * Those two rules make a dependency graph; its strongly connected components (a premise with its
 * arguments and their other premises; a mutual rebuttal) go whole into one transaction, in an
 * order where what a component needs comes first, packed up to `batchSize` items. A component
 * larger than GROUP_LIMIT_FACTOR batches is split on the first rule alone: its claims are written
 * first and its arguments after, each still whole; those claims are logged more than once.
 */
export function scheduleMapBatches(claimIds: readonly string[], args: readonly ScheduledArgument[], batchSize: number): MapBatch[] {
  const claimIndex = new Map(claimIds.map((id, i) => [id, i]));
  const argIndex = new Map(args.map((a, i) => [a.id, claimIds.length + i]));
  const size = claimIds.length + args.length;
  // An edge u -> v: u needs v written in its transaction or before.
  const needs: [number[], number[]] = [[], []];
  const wants: [number[], number[]] = [[], []];
  const edge = (into: [number[], number[]], from: number, to: number | undefined) => {
    if (to === undefined) return;
    into[0].push(from);
    into[1].push(to);
  };
  args.forEach((a, i) => {
    const node = claimIds.length + i;
    for (const p of a.premiseIds) {
      const premise = claimIndex.get(p);
      if (premise === undefined) continue; // a stored claim: written already
      edge(needs, node, premise);
      // The claim wants to go with the argument it is a premise of.
      edge(wants, premise, node);
    }
    if (a.conclusionId) edge(needs, node, claimIndex.get(a.conclusionId));
    if (a.targetArgumentId) edge(needs, node, argIndex.get(a.targetArgumentId));
  });
  const components = (from: number[], to: number[], keep?: Uint8Array) => {
    const { component, count } = stronglyConnectedComponents(frameworkOf(size, from, to), keep);
    // Tarjan completes a component after every component it reaches: lower numbers go first.
    const members: number[][] = Array.from({ length: count }, () => []);
    for (let v = 0; v < size; v += 1) if (component[v]! >= 0) members[component[v]!]!.push(v);
    return members;
  };
  const groups: number[][] = [];
  const limit = Math.max(1, batchSize) * GROUP_LIMIT_FACTOR;
  for (const group of components([...needs[0], ...wants[0]], [...needs[1], ...wants[1]])) {
    if (group.length <= limit) {
      groups.push(group);
      continue;
    }
    const keep = new Uint8Array(size);
    for (const v of group) keep[v] = 1;
    const claims = group.filter((v) => v < claimIds.length);
    for (let i = 0; i < claims.length; i += batchSize) groups.push(claims.slice(i, i + batchSize));
    // Without the claims' wishes, only undercuts of undercuts can still bind arguments together.
    groups.push(...components(needs[0], needs[1], keep).filter((g) => g[0]! >= claimIds.length));
  }
  const batches: MapBatch[] = [];
  let current: MapBatch = { claims: [], arguments: [] };
  const count = (b: MapBatch) => b.claims.length + b.arguments.length;
  for (const group of groups) {
    if (count(current) > 0 && count(current) + group.length > batchSize) {
      batches.push(current);
      current = { claims: [], arguments: [] };
    }
    for (const v of group) {
      if (v < claimIds.length) current.claims.push(v);
      else current.arguments.push(v - claimIds.length);
    }
  }
  if (count(current) > 0) batches.push(current);
  return batches;
}
