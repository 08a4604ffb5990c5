import { EvaluationInputError } from './errors.js';
import { frameworkOf, type Framework } from './framework.js';
import { IdIndex } from './id-index.js';
import type { EvaluationMap, ScenarioInput } from './types.js';

/**
 * The translation of a map into a Dung framework (docs/evaluation.md): necessary
 * (deductive) support in the manner of Nouioua & Risch and Cayrol & Lagasquie-Schiex,
 * flattened into plain attacks with two auxiliary nodes per claim at most, so the framework
 * is linear in the size of the map.
 */

export const NodeKind = {
  /** A claim: IN when accepted. */
  CLAIM: 0,
  /** An argument (an RA or CA node): IN when its inference stands. */
  ARGUMENT: 1,
  /** "This claim is not accepted": attacked by the claim, attacks every argument using it as a premise. */
  PREMISE_FAILS: 2,
  /** "No supporting argument of this claim stands": attacked by each support, attacks the claim. */
  UNSUPPORTED: 3,
  /** A scenario's rejection of an item: unattacked, attacks the item. */
  REJECTED: 4,
} as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

export interface DerivedFramework {
  readonly af: Framework;
  /** NodeKind of each node. */
  readonly kind: Uint8Array;
  /** For CLAIM, PREMISE_FAILS, UNSUPPORTED: the claim's index; ARGUMENT: the argument's index; REJECTED: the node rejected. */
  readonly item: Int32Array;
  readonly claimIds: readonly string[];
  readonly argumentIds: readonly string[];
  /** Node of each claim / argument by index, -1 when the scenario removed it. */
  readonly claimNode: Int32Array;
  readonly argumentNode: Int32Array;
  readonly claimIndex: IdIndex;
  readonly argumentIndex: IdIndex;
  readonly structure: MapStructure;
  /** Claims and arguments the scenario left out (excluded, or fallen with an excluded premise, conclusion or target). */
  readonly removedIds: readonly string[];
  readonly assumedIds: readonly string[];
  readonly rejectedIds: readonly string[];
  readonly map: EvaluationMap;
}

/** The node standing for a claim or argument id; -1 when unknown or removed. */
export function nodeOf(derived: DerivedFramework, id: string): number {
  const c = derived.claimIndex.get(id);
  if (c !== undefined) return derived.claimNode[c]!;
  const a = derived.argumentIndex.get(id);
  if (a !== undefined) return derived.argumentNode[a]!;
  return -1;
}

/** The map item a node stands for (aux nodes stand for their claim), or null for a scenario's rejection node. */
export function itemIdOf(derived: DerivedFramework, v: number): string | null {
  const k = derived.kind[v];
  if (k === NodeKind.ARGUMENT) return derived.argumentIds[derived.item[v]!]!;
  if (k === NodeKind.REJECTED) return null;
  return derived.claimIds[derived.item[v]!]!;
}

/** A stable, readable name for every node, used by the interchange formats and explanations. */
export function nodeName(derived: DerivedFramework, v: number): string {
  switch (derived.kind[v]) {
    case NodeKind.CLAIM:
      return derived.claimIds[derived.item[v]!]!;
    case NodeKind.ARGUMENT:
      return derived.argumentIds[derived.item[v]!]!;
    case NodeKind.PREMISE_FAILS:
      return `not:${derived.claimIds[derived.item[v]!]!}`;
    case NodeKind.UNSUPPORTED:
      return `unsupported:${derived.claimIds[derived.item[v]!]!}`;
    default:
      return `rejected:${nodeName(derived, derived.item[v]!)}`;
  }
}

const list = (xs: readonly string[] | null | undefined): readonly string[] => xs ?? [];

/** The map's references resolved to indexes once, so the rest reads integer arrays only. */
export interface MapStructure {
  readonly claimIds: readonly string[];
  readonly argumentIds: readonly string[];
  readonly claimIndex: IdIndex;
  readonly argumentIndex: IdIndex;
  /** Premises of argument i (claim indexes): premises[premiseStart[i] .. premiseStart[i + 1]). */
  readonly premiseStart: Int32Array;
  readonly premises: Int32Array;
  /** Claim index of each argument's conclusion, -1 for an undercut. */
  readonly conclusion: Int32Array;
  /** Argument index an undercut targets, -1 otherwise. */
  readonly target: Int32Array;
  /** 1 for a SUPPORT argument. */
  readonly support: Uint8Array;
}

/** Checks the map is closed (every reference resolves) and ids are unique, resolving each reference once. */
export function mapStructure(map: EvaluationMap): MapStructure {
  const na = map.arguments.length;
  const claimIds = map.claims.map((c) => c.id);
  const argumentIds = map.arguments.map((a) => a.id);
  const claimIndex = new IdIndex(claimIds, (i) => {
    throw new EvaluationInputError(`claims[${i}].id`, `Claim "${map.claims[i]!.id}" appears twice in the map`);
  });
  // Claim and argument ids differ by their prefix (claim:, argument:), so only repeats among arguments are possible.
  const argumentIndex = new IdIndex(argumentIds, (i) => {
    throw new EvaluationInputError(`arguments[${i}].id`, `Argument "${map.arguments[i]!.id}" appears twice in the map`);
  });
  let premiseCount = 0;
  for (let i = 0; i < na; i += 1) premiseCount += map.arguments[i]!.premiseIds.length;
  const premiseStart = new Int32Array(na + 1);
  const premises = new Int32Array(premiseCount);
  const conclusion = new Int32Array(na).fill(-1);
  const target = new Int32Array(na).fill(-1);
  const support = new Uint8Array(na);
  let at = 0;
  for (let i = 0; i < na; i += 1) {
    const a = map.arguments[i]!;
    if (a.premiseIds.length === 0) throw new EvaluationInputError(`arguments[${i}].premiseIds`, `Argument "${a.id}" has no premise`);
    for (let j = 0; j < a.premiseIds.length; j += 1) {
      const p = claimIndex.get(a.premiseIds[j]!);
      if (p === undefined)
        throw new EvaluationInputError(
          `arguments[${i}].premiseIds[${j}]`,
          `Premise "${a.premiseIds[j]}" of "${a.id}" is not a claim of the map`,
        );
      premises[at++] = p;
    }
    premiseStart[i + 1] = at;
    support[i] = a.kind === 'SUPPORT' ? 1 : 0;
    if (a.conclusionId !== null) {
      const c = claimIndex.get(a.conclusionId);
      if (c === undefined)
        throw new EvaluationInputError(
          `arguments[${i}].conclusionId`,
          `Conclusion "${a.conclusionId}" of "${a.id}" is not a claim of the map`,
        );
      conclusion[i] = c;
    } else {
      const t = a.targetArgumentId === null ? undefined : argumentIndex.get(a.targetArgumentId);
      if (t === undefined || a.kind !== 'ATTACK')
        throw new EvaluationInputError(
          `arguments[${i}].targetArgumentId`,
          `Argument "${a.id}" needs a conclusion claim or, as an undercut, a target argument of the map`,
        );
      target[i] = t;
    }
  }
  return { claimIds, argumentIds, claimIndex, argumentIndex, premiseStart, premises, conclusion, target, support };
}

/**
 * Which claims and arguments a scenario leaves out: an item whose every assertion is excluded
 * (by its actor, its source or its own id) goes, and so does an item named in excludeIds;
 * items nobody asserted stay. An argument goes with a removed premise, conclusion or target.
 */
function removals(
  map: EvaluationMap,
  scenario: ScenarioInput,
  structure: MapStructure,
): { claimGone: Uint8Array; argumentGone: Uint8Array } {
  const { claimIndex, argumentIndex, premiseStart, premises, conclusion, target } = structure;
  const nc = map.claims.length;
  const na = map.arguments.length;
  const claimGone = new Uint8Array(nc);
  const argumentGone = new Uint8Array(na);
  const actors = new Set(list(scenario.excludeActorIds));
  const sources = new Set(list(scenario.excludeSourceIds));
  const ids = new Set(list(scenario.excludeIds));
  if (actors.size + sources.size + ids.size === 0) return { claimGone, argumentGone };
  const asserted = new Int32Array(nc + na);
  const excluded = new Int32Array(nc + na);
  for (const s of map.assertions ?? []) {
    const c = s.claimId !== null ? claimIndex.get(s.claimId) : undefined;
    const a = c === undefined && s.argumentId !== null ? argumentIndex.get(s.argumentId) : undefined;
    const slot = c !== undefined ? c : a !== undefined ? nc + a : -1;
    if (slot < 0) continue;
    asserted[slot]! += 1;
    if (ids.has(s.id) || actors.has(s.actorId) || (s.sourceId !== null && sources.has(s.sourceId))) excluded[slot]! += 1;
  }
  let any = false;
  for (let i = 0; i < nc; i += 1) {
    if ((asserted[i]! > 0 && excluded[i] === asserted[i]) || (ids.size > 0 && ids.has(map.claims[i]!.id))) claimGone[i] = 1;
    any ||= claimGone[i] === 1;
  }
  for (let i = 0; i < na; i += 1) {
    if ((asserted[nc + i]! > 0 && excluded[nc + i] === asserted[nc + i]) || (ids.size > 0 && ids.has(map.arguments[i]!.id)))
      argumentGone[i] = 1;
    any ||= argumentGone[i] === 1;
  }
  if (!any) return { claimGone, argumentGone };
  // An argument falls out with its premises and conclusion; undercuts follow their targets.
  for (let i = 0; i < na; i += 1) {
    if (argumentGone[i]) continue;
    if (conclusion[i]! >= 0 && claimGone[conclusion[i]!]) argumentGone[i] = 1;
    for (let j = premiseStart[i]!; j < premiseStart[i + 1]!; j += 1) if (claimGone[premises[j]!]) argumentGone[i] = 1;
  }
  const undercutsOf = new Map<number, number[]>();
  for (let i = 0; i < na; i += 1) {
    if (target[i]! < 0) continue;
    const bucket = undercutsOf.get(target[i]!);
    if (bucket) bucket.push(i);
    else undercutsOf.set(target[i]!, [i]);
  }
  const work: number[] = [];
  for (let i = 0; i < na; i += 1) if (argumentGone[i] && undercutsOf.has(i)) work.push(i);
  while (work.length > 0) {
    for (const u of undercutsOf.get(work.pop()!) ?? []) {
      if (!argumentGone[u]) {
        argumentGone[u] = 1;
        work.push(u);
      }
    }
  }
  return { claimGone, argumentGone };
}

/** The map as a Dung framework under a scenario (none: the map as it stands). O(size of the map). */
export function deriveFramework(map: EvaluationMap, scenario: ScenarioInput = {}): DerivedFramework {
  const structure = mapStructure(map);
  const { claimIndex, argumentIndex, premiseStart, premises, conclusion, target, support } = structure;
  const nc = map.claims.length;
  const na = map.arguments.length;
  const { claimGone, argumentGone } = removals(map, scenario, structure);

  const lookup = (id: string, field: string): { claim: number; argument: number } => {
    const c = claimIndex.get(id);
    const a = argumentIndex.get(id);
    if (c === undefined && a === undefined) throw new EvaluationInputError(field, `"${id}" is not a claim or argument of the map`);
    return { claim: c ?? -1, argument: a ?? -1 };
  };
  const assumed = new Set<string>();
  list(scenario.assumeIds).forEach((id, i) => {
    lookup(id, `scenario.assumeIds[${i}]`);
    assumed.add(id);
  });
  const rejected: { claim: number; argument: number }[] = [];
  list(scenario.rejectIds).forEach((id, i) => {
    const field = `scenario.rejectIds[${i}]`;
    if (assumed.has(id)) throw new EvaluationInputError(field, `"${id}" is both assumed and rejected`);
    rejected.push(lookup(id, field));
  });
  for (const [field, ids] of [
    ['assumeIds', list(scenario.assumeIds)],
    ['rejectIds', list(scenario.rejectIds)],
  ] as const) {
    ids.forEach((id, i) => {
      const c = claimIndex.get(id);
      const a = argumentIndex.get(id);
      if ((c !== undefined && claimGone[c]) || (a !== undefined && argumentGone[a]))
        throw new EvaluationInputError(
          `scenario.${field}[${i}]`,
          `"${id}" is left out by the scenario's exclusions, so it cannot be ${field === 'assumeIds' ? 'assumed' : 'rejected'}`,
        );
    });
  }

  // Which claims need auxiliary nodes.
  const usedAsPremise = new Uint8Array(nc);
  const supported = new Uint8Array(nc);
  for (let i = 0; i < na; i += 1) {
    if (argumentGone[i]) continue;
    for (let j = premiseStart[i]!; j < premiseStart[i + 1]!; j += 1) usedAsPremise[premises[j]!] = 1;
    if (support[i]) supported[conclusion[i]!] = 1;
  }
  const premiseEdges = premises.length;

  const claimNode = new Int32Array(nc).fill(-1);
  const argumentNode = new Int32Array(na).fill(-1);
  let size = 0;
  for (let i = 0; i < nc; i += 1) if (!claimGone[i]) claimNode[i] = size++;
  for (let i = 0; i < na; i += 1) if (!argumentGone[i]) argumentNode[i] = size++;
  const premiseFails = new Int32Array(nc).fill(-1);
  const unsupported = new Int32Array(nc).fill(-1);
  for (let i = 0; i < nc; i += 1) {
    if (usedAsPremise[i]) premiseFails[i] = size++;
    if (supported[i]) unsupported[i] = size++;
  }
  const firstRejected = size;
  size += rejected.length;

  const kind = new Uint8Array(size);
  const item = new Int32Array(size);
  for (let i = 0; i < nc; i += 1) {
    if (claimNode[i]! >= 0) {
      kind[claimNode[i]!] = NodeKind.CLAIM;
      item[claimNode[i]!] = i;
    }
    if (premiseFails[i]! >= 0) {
      kind[premiseFails[i]!] = NodeKind.PREMISE_FAILS;
      item[premiseFails[i]!] = i;
    }
    if (unsupported[i]! >= 0) {
      kind[unsupported[i]!] = NodeKind.UNSUPPORTED;
      item[unsupported[i]!] = i;
    }
  }
  for (let i = 0; i < na; i += 1) {
    if (argumentNode[i]! >= 0) {
      kind[argumentNode[i]!] = NodeKind.ARGUMENT;
      item[argumentNode[i]!] = i;
    }
  }

  const capacity = 2 * nc + premiseEdges + na + rejected.length;
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  let edges = 0;
  function attack(a: number, b: number): void {
    from[edges] = a;
    to[edges] = b;
    edges += 1;
  }
  for (let i = 0; i < nc; i += 1) {
    if (premiseFails[i]! >= 0) attack(claimNode[i]!, premiseFails[i]!);
    if (unsupported[i]! >= 0) attack(unsupported[i]!, claimNode[i]!);
  }
  for (let i = 0; i < na; i += 1) {
    const self = argumentNode[i]!;
    if (self < 0) continue;
    for (let j = premiseStart[i]!; j < premiseStart[i + 1]!; j += 1) attack(premiseFails[premises[j]!]!, self);
    const c = conclusion[i]!;
    if (c >= 0) attack(self, support[i] ? unsupported[c]! : claimNode[c]!);
    else attack(self, argumentNode[target[i]!]!);
  }
  rejected.forEach((r, i) => {
    const target = r.claim >= 0 ? claimNode[r.claim]! : argumentNode[r.argument]!;
    kind[firstRejected + i] = NodeKind.REJECTED;
    item[firstRejected + i] = target;
    attack(firstRejected + i, target);
  });

  // Assumed items: every attack on them is dropped, so they are IN in every complete labelling.
  if (assumed.size > 0) {
    const assumedNode = new Uint8Array(size);
    for (const id of assumed) {
      const c = claimIndex.get(id);
      assumedNode[c !== undefined ? claimNode[c]! : argumentNode[argumentIndex.get(id)!]!] = 1;
    }
    let kept = 0;
    for (let e = 0; e < edges; e += 1) {
      if (assumedNode[to[e]!]) continue;
      from[kept] = from[e]!;
      to[kept] = to[e]!;
      kept += 1;
    }
    edges = kept;
  }

  const removedIds: string[] = [];
  for (let i = 0; i < nc; i += 1) if (claimGone[i]) removedIds.push(map.claims[i]!.id);
  for (let i = 0; i < na; i += 1) if (argumentGone[i]) removedIds.push(map.arguments[i]!.id);
  return {
    af: frameworkOf(size, from, to, edges),
    kind,
    item,
    claimIds: structure.claimIds,
    argumentIds: structure.argumentIds,
    claimNode,
    argumentNode,
    claimIndex,
    argumentIndex,
    structure,
    removedIds,
    assumedIds: [...assumed],
    rejectedIds: list(scenario.rejectIds).slice(),
    map,
  };
}
