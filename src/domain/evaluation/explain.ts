import { groundedLabelling, IN, OUT, UNDEC, type Labelling } from './framework.js';
import { itemIdOf, NodeKind, nodeName, nodeOf, type DerivedFramework } from './translate.js';
import type { EvaluationArgument, Label } from './types.js';
import { firstWords, joinAll, joinSpeakers } from './wording.js';

/**
 * Why an item has its label, in the framework's terms and in the map's: for OUT the IN
 * attackers that defeat it; for IN a dispute tree (each attacker, and what defeats it, to a
 * bounded depth); for UNDEC the cycle of undecided attacks it depends on. The same reasons as
 * an account of the map's own arguments (the justification): the attacks the item survives
 * and, for each, what defeats it; the support it stands on; down to claims no one attacks (or,
 * when it is rejected, the attacks that stand against it), written one sentence per step.
 */

/** One step of an explanation: a framework node, what it says in the map, and its label. */
export interface ExplanationStep {
  /** The framework node (its name in the ICCMA / ASPARTIX export). */
  node: string;
  /** The claim or argument the node stands for (the claim, for a "not accepted" or "unsupported" node); null for a scenario's rejection. */
  itemId: string | null;
  /** `claim`, `argument`, `premise-not-accepted`, `unsupported` or `rejected`. */
  role: 'claim' | 'argument' | 'premise-not-accepted' | 'unsupported' | 'rejected';
  label: Label;
  sentence: string;
}

/** A dispute tree: a node and, for each of its attackers, what defeats that attacker. */
export interface DisputeNode extends ExplanationStep {
  /** For an IN node: its attackers (OUT); for an OUT node: the one IN attacker that defeats it. */
  children: DisputeNode[];
  /** The tree was cut here at the depth bound. */
  truncated: boolean;
}

/** Why an argument of the map fails: its premise that is not accepted, the undercut that stands, or the scenario. */
export type Failure = { premise: number } | { undercut: string } | { scenario: true };

/** One step of a justification: an argument of the map, where it stands in the labelling, and why. */
export interface JustificationStep {
  argumentId: string;
  kind: EvaluationArgument['kind'];
  attackKind: EvaluationArgument['attackKind'];
  premiseIds: readonly string[];
  /** The claim it concludes (null for an undercut). */
  conclusionId: string | null;
  /** The argument an undercut attacks (null otherwise). */
  targetArgumentId: string | null;
  label: Label;
  /** For an argument OUT: why it fails. */
  failure: Failure | null;
  /** Steps from the item explained (0: the item's own attackers and supports). */
  depth: number;
  /** The step in words. */
  sentence: string;
}

/** A claim a justification mentions, with its label in the labelling explained. */
export interface JustifiedClaim {
  id: string;
  label: Label;
  /** As the sentences name it. */
  shortLabel: string;
  text: string;
  /** The speakers' short names (empty when nobody asserted it or the words have no names). */
  speakers: readonly string[];
  /** No argument of the map attacks it (a leaf of the justification, when it is IN). */
  unattacked: boolean;
  /** The scenario rejects it. */
  rejected: boolean;
}

/** How the explanation names claims and their speakers. */
export interface Words {
  /** The claim's short label (see wording.ts). */
  label(claimId: string): string;
  /** Display names of those who asserted the claim, in order. */
  speakers(claimId: string): readonly string[];
}

export interface Explanation {
  id: string;
  label: Label;
  /** Readable account: what the item amounts to, then one sentence per step. */
  sentences: string[];
  /** The map's arguments that decide the label, the item's own first, reasons after what they explain. */
  steps: JustificationStep[];
  /** Every claim the steps mention (the item first, when it is a claim), with its label. */
  claims: JustifiedClaim[];
  /** Some reasons lie deeper than the bounds let the account go. */
  truncated: boolean;
  /** OUT: the IN attackers that defeat the item. */
  defeatedBy: ExplanationStep[];
  /** IN or OUT: the dispute tree rooted at the item. */
  tree: DisputeNode | null;
  /** UNDEC: the undecided attacks leading from a cycle to the item, and the cycle (first step repeated at the end). */
  path: ExplanationStep[];
  cycle: ExplanationStep[];
}

export interface ExplainOptions {
  /** Looks up the text of a claim by id (falls back to the id). */
  textOf?: (claimId: string) => string | undefined | null;
  /** How claims and speakers are named; default: the first words of each claim's text, no speakers. */
  words?: Words;
  /** Levels of the dispute tree (each attack is one level), and of the justification's steps. Default 8. */
  maxDepth?: number;
  /** The most steps the justification lists. Default 40. */
  maxSteps?: number;
  /** The labelling to explain; default the grounded one. */
  labelling?: Labelling;
  /** With `labelling`: which IN attacker decides an OUT node, the lowest first (e.g. the grounded order, so accounts stay well-founded where they can). */
  order?: Int32Array;
}

const LABEL: readonly Label[] = ['UNDEC', 'IN', 'OUT'];
const ROLE = ['claim', 'argument', 'premise-not-accepted', 'unsupported', 'rejected'] as const;

/** Explains the grounded label of a claim or argument; null when the id is unknown or left out by the scenario. */
export function explain(derived: DerivedFramework, id: string, options: ExplainOptions = {}): Explanation | null {
  const root = nodeOf(derived, id);
  if (root < 0) return null;
  const { af } = derived;
  const order = new Int32Array(af.size);
  const labels = options.labelling ?? groundedLabelling(af, order);
  const ordered = options.labelling === undefined;
  const maxDepth = options.maxDepth ?? 8;
  const textOf = (claimId: string) => options.textOf?.(claimId) ?? claimId;
  const words: Words = options.words ?? { label: (claimId) => firstWords(textOf(claimId)) || claimId, speakers: () => [] };
  const quote = (claimId: string) => `“${words.label(claimId)}”`;
  const argumentWords = (a: number): string => {
    const arg = derived.map.arguments[a]!;
    const from = arg.premiseIds.map(quote).join(' and ');
    if (arg.kind === 'SUPPORT') return `the support from ${from} for ${quote(arg.conclusionId!)}`;
    if (arg.targetArgumentId !== null) return `the undercut from ${from}`;
    return `the ${arg.attackKind === 'UNDERMINE' ? 'undermining' : 'rebuttal'} from ${from} of ${quote(arg.conclusionId!)}`;
  };
  const describe = (v: number): string => {
    const item = derived.item[v]!;
    const label = labels[v];
    switch (derived.kind[v]) {
      case NodeKind.CLAIM:
        return `${quote(derived.claimIds[item]!)} ${label === IN ? 'stands' : label === OUT ? 'is rejected' : 'is undecided'}`;
      case NodeKind.ARGUMENT:
        return `${argumentWords(item)} ${label === IN ? 'stands' : label === OUT ? 'fails' : 'is undecided'}`;
      case NodeKind.PREMISE_FAILS:
        return `${quote(derived.claimIds[item]!)} ${label === IN ? 'is not accepted' : label === OUT ? 'is accepted' : 'is undecided'}`;
      case NodeKind.UNSUPPORTED:
        return label === IN
          ? `no support of ${quote(derived.claimIds[item]!)} stands`
          : label === OUT
            ? `a support of ${quote(derived.claimIds[item]!)} stands`
            : `whether a support of ${quote(derived.claimIds[item]!)} stands is undecided`;
      default:
        return `the scenario rejects ${itemIdOf(derived, item) ?? 'it'}`;
    }
  };
  const step = (v: number): ExplanationStep => ({
    node: nodeName(derived, v),
    itemId: itemIdOf(derived, v),
    role: ROLE[derived.kind[v]!]!,
    label: LABEL[labels[v]!]!,
    sentence: describe(v),
  });
  const attackersOf = (v: number): number[] => Array.from(af.attackers.subarray(af.attackerStart[v]!, af.attackerStart[v + 1]!));
  /** The IN attacker that decided an OUT node: the earliest labelled, so trees descend. */
  const defeater = (v: number): number => {
    let best = -1;
    for (const u of attackersOf(v)) if (labels[u] === IN && (best < 0 || (ordered && order[u]! < order[best]!))) best = u;
    return best;
  };
  const tree = (v: number, depth: number): DisputeNode => {
    const node: DisputeNode = { ...step(v), children: [], truncated: false };
    if (depth >= maxDepth) {
      node.truncated = attackersOf(v).length > 0;
      return node;
    }
    if (labels[v] === IN) node.children = attackersOf(v).map((u) => tree(u, depth + 1));
    else if (labels[v] === OUT) {
      const d = defeater(v);
      if (d >= 0) node.children = [tree(d, depth + 1)];
    }
    return node;
  };

  const label = LABEL[labels[root]!]!;
  const explanation: Explanation = {
    id,
    label,
    sentences: [],
    steps: [],
    claims: [],
    truncated: false,
    defeatedBy: [],
    tree: null,
    path: [],
    cycle: [],
  };
  const account = new Account(derived, labels, ordered ? order : (options.order ?? null), words, textOf, maxDepth, options.maxSteps ?? 40);
  if (labels[root] === OUT) {
    explanation.defeatedBy = attackersOf(root)
      .filter((u) => labels[u] === IN)
      .map(step);
    explanation.tree = tree(root, 0);
  } else if (labels[root] === IN) {
    explanation.tree = tree(root, 0);
  } else {
    // Walk back through undecided attackers until a node repeats: that closes the cycle.
    const seenAt = new Map<number, number>();
    const walk: number[] = [];
    let v = root;
    while (!seenAt.has(v)) {
      seenAt.set(v, walk.length);
      walk.push(v);
      const next = attackersOf(v).find((u) => labels[u] === UNDEC);
      if (next === undefined) break; // not reached for a labelling that is complete
      v = next;
    }
    const start = seenAt.get(v) ?? walk.length;
    explanation.path = walk.slice(0, start).map(step);
    explanation.cycle = [...walk.slice(start), v].reverse().map(step);
    for (const u of [...explanation.cycle, ...explanation.path.slice().reverse()])
      if (u.role === 'argument') account.argument(derived.argumentIndex.get(u.itemId!)!, 0, false);
  }
  explanation.sentences = account.explain(root);
  explanation.steps = account.steps;
  explanation.claims = account.claims(root);
  explanation.truncated = account.truncated;
  return explanation;
}

const NOUN = { SUPPORT: 'support', REBUT: 'rebuttal', UNDERMINE: 'undermining', UNDERCUT: 'undercut' } as const;
const VERB = { SUPPORT: 'supports', REBUT: 'rebuts', UNDERMINE: 'undermines', UNDERCUT: 'undercuts' } as const;
const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/**
 * The justification of one labelling, as the map's arguments: walks from the item to the
 * attacks it survives and what defeats each, the support it stands on, and the premises those
 * rest on, down to claims no one attacks; each argument once, within the depth and step bounds.
 */
class Account {
  readonly steps: JustificationStep[] = [];
  truncated = false;
  private readonly seenClaims = new Set<number>();
  private readonly seenArguments = new Set<number>();
  private readonly rejectedClaims = new Set<number>();

  constructor(
    private readonly derived: DerivedFramework,
    private readonly labels: Labelling,
    private readonly order: Int32Array | null,
    private readonly words: Words,
    private readonly textOf: (claimId: string) => string,
    private readonly maxDepth: number,
    private readonly maxSteps: number,
  ) {}

  private attackersOf(v: number): number[] {
    const { af } = this.derived;
    return Array.from(af.attackers.subarray(af.attackerStart[v]!, af.attackerStart[v + 1]!));
  }

  /** The IN attacker that decided an OUT node: the earliest labelled (grounded), so accounts descend. */
  private defeater(v: number): number {
    let best = -1;
    for (const u of this.attackersOf(v))
      if (this.labels[u] === IN && (best < 0 || (this.order !== null && this.order[u]! < this.order[best]!))) best = u;
    return best;
  }

  /** Why claim `c` has its label: the arguments on it that decide it. */
  claim(c: number, depth: number): void {
    if (this.seenClaims.has(c)) return;
    this.seenClaims.add(c);
    const v = this.derived.claimNode[c]!;
    const label = this.labels[v];
    const attackers = this.attackersOf(v);
    if (depth >= this.maxDepth) {
      if (attackers.length > 0) this.truncated = true;
      return;
    }
    for (const u of attackers) {
      const kind = this.derived.kind[u];
      if (kind === NodeKind.ARGUMENT) {
        if (label === IN || (label === OUT && this.labels[u] === IN)) this.argument(this.derived.item[u]!, depth, true);
      } else if (kind === NodeKind.UNSUPPORTED) {
        if (label === IN) {
          const d = this.defeater(u);
          if (d >= 0) this.argument(this.derived.item[d]!, depth, true);
        } else if (label === OUT && this.labels[u] === IN) {
          for (const s of this.attackersOf(u)) this.argument(this.derived.item[s]!, depth, true);
        }
      } else if (kind === NodeKind.REJECTED && this.labels[u] === IN) this.rejectedClaims.add(c);
    }
  }

  /** Argument `a` as a step, then (when `deeper`) why it stands or fails. */
  argument(a: number, depth: number, deeper: boolean): void {
    if (this.seenArguments.has(a)) return;
    if (this.steps.length >= this.maxSteps) {
      this.truncated = true;
      return;
    }
    this.seenArguments.add(a);
    const { derived } = this;
    const v = derived.argumentNode[a]!;
    const arg = derived.map.arguments[a]!;
    const label = LABEL[this.labels[v]!]!;
    let failure: Failure | null = null;
    let reason = -1;
    if (label === 'OUT') {
      reason = this.defeater(v);
      const kind = reason >= 0 ? derived.kind[reason] : -1;
      if (kind === NodeKind.PREMISE_FAILS) failure = { premise: arg.premiseIds.indexOf(derived.claimIds[derived.item[reason]!]!) };
      else if (kind === NodeKind.ARGUMENT) failure = { undercut: derived.argumentIds[derived.item[reason]!]! };
      else if (kind === NodeKind.REJECTED) failure = { scenario: true };
    }
    const step: JustificationStep = {
      argumentId: arg.id,
      kind: arg.kind,
      attackKind: arg.attackKind,
      premiseIds: arg.premiseIds,
      conclusionId: arg.conclusionId,
      targetArgumentId: arg.targetArgumentId,
      label,
      failure,
      depth,
      sentence: '',
    };
    step.sentence = this.sentence(step);
    this.steps.push(step);
    if (!deeper) return;
    if (depth + 1 >= this.maxDepth) {
      this.truncated ||= label !== 'UNDEC';
      return;
    }
    if (label === 'IN') {
      for (const p of arg.premiseIds) this.claim(derived.claimIndex.get(p)!, depth + 1);
      for (const u of this.attackersOf(v)) if (derived.kind[u] === NodeKind.ARGUMENT) this.argument(derived.item[u]!, depth + 1, true);
    } else if (label === 'OUT' && reason >= 0) {
      const kind = derived.kind[reason];
      if (kind === NodeKind.PREMISE_FAILS) this.claim(derived.item[reason]!, depth + 1);
      else if (kind === NodeKind.ARGUMENT) this.argument(derived.item[reason]!, depth + 1, true);
    }
  }

  private quote(claimId: string): string {
    return `“${this.words.label(claimId)}”`;
  }

  /** A claim as something said: "Leopold: “citizens cannot be deported”". */
  private said(claimId: string): string {
    const speakers = this.words.speakers(claimId);
    return speakers.length ? `${joinSpeakers(speakers)}: ${this.quote(claimId)}` : this.quote(claimId);
  }

  /** One step in words: who says what, what it bears on, and whether it stands. */
  private sentence(step: JustificationStep): string {
    const relation = step.kind === 'SUPPORT' ? 'SUPPORT' : (step.attackKind ?? 'REBUT');
    const noun = NOUN[relation];
    const linked = step.premiseIds.length > 1;
    const spoken = step.premiseIds.some((p) => this.words.speakers(p).length > 0);
    const from = joinAll(step.premiseIds.map((p) => this.said(p)));
    let target: string;
    if (step.targetArgumentId !== null) {
      const undercut = this.derived.map.arguments[this.derived.argumentIndex.get(step.targetArgumentId)!]!;
      const ends = [...undercut.premiseIds, ...(undercut.conclusionId ? [undercut.conclusionId] : [])];
      // The undercut's own premise may be one of the ends it bears on: then the step is named by its kind only.
      target = ends.some((e) => step.premiseIds.includes(e))
        ? `the ${NOUN[undercut.kind === 'SUPPORT' ? 'SUPPORT' : (undercut.attackKind ?? 'REBUT')]} it answers`
        : `the step from ${joinAll(undercut.premiseIds.map((p) => this.quote(p)))}${undercut.conclusionId ? ` to ${this.quote(undercut.conclusionId)}` : ''}`;
    } else target = this.quote(step.conclusionId!);
    const verb = linked ? VERB[relation].replace(/s$/, '') : VERB[relation];
    const head = spoken
      ? `${from} — ${linked ? 'together these ' : 'this '}${linked ? verb : VERB[relation]} ${target}`
      : `${from} ${linked ? `together ${verb}` : verb} ${target}`;
    let outcome: string;
    if (step.label === 'IN') outcome = `the ${noun} stands`;
    else if (step.label === 'UNDEC') outcome = `whether the ${noun} stands is undecided`;
    else if (step.failure && 'premise' in step.failure)
      outcome = `the ${noun} fails: ${linked ? `its ${ORDINAL[step.failure.premise] ?? 'one'} premise` : 'its premise'} is rejected`;
    else if (step.failure && 'undercut' in step.failure) outcome = `the ${noun} fails: it is undercut`;
    else if (step.failure) outcome = `the scenario rejects the ${noun}`;
    else outcome = `the ${noun} fails`;
    return `${capitalise(head)}; ${outcome}.`;
  }

  /** The opening sentence (what the item amounts to), then the steps' sentences. */
  explain(root: number): string[] {
    const { derived, labels } = this;
    if (derived.kind[root] === NodeKind.ARGUMENT) {
      const a = derived.item[root]!;
      if (labels[root] !== UNDEC) this.argument(a, 0, true);
      return this.closing(this.steps.map((s) => s.sentence));
    }
    const c = derived.item[root]!;
    const claimId = derived.claimIds[c]!;
    const label = labels[root];
    if (label !== UNDEC) this.claim(c, 0);
    const attacks = this.attackersOf(root).filter((u) => derived.kind[u] === NodeKind.ARGUMENT);
    const unsupported = this.attackersOf(root).find((u) => derived.kind[u] === NodeKind.UNSUPPORTED);
    const parts: string[] = [];
    if (label === IN) {
      if (unsupported !== undefined) parts.push('a support of it stands');
      parts.push(
        attacks.length === 0
          ? 'nothing attacks it'
          : attacks.length === 1
            ? 'the one attack on it fails'
            : `all ${attacks.length} attacks on it fail`,
      );
      if (unsupported === undefined && attacks.length === 0) parts.push('it needs no support');
    } else if (label === OUT) {
      const standing = attacks.filter((u) => labels[u] === IN).length;
      if (standing > 0) parts.push(standing === 1 ? 'an attack on it stands' : `${standing} attacks on it stand`);
      if (unsupported !== undefined && labels[unsupported] === IN) parts.push('no support of it stands');
      if (this.rejectedClaims.has(c)) parts.push('the scenario rejects it');
    } else parts.push('it depends on a cycle of attacks that no accepted argument breaks');
    const verdict = label === IN ? 'stands' : label === OUT ? 'is rejected' : 'is undecided';
    const opening = `${capitalise(this.quote(claimId))} ${verdict}${parts.length ? `: ${joinAll(parts)}` : ''}.`;
    return this.closing([opening, ...this.steps.map((s) => s.sentence)]);
  }

  private closing(sentences: string[]): string[] {
    return this.truncated ? [...sentences, 'Further reasons lie deeper in the map than this account goes.'] : sentences;
  }

  /** The claims the steps mention, the item's first, each with its label. */
  claims(root: number): JustifiedClaim[] {
    const { derived } = this;
    const ids: string[] = [];
    if (derived.kind[root] !== NodeKind.ARGUMENT) ids.push(derived.claimIds[derived.item[root]!]!);
    for (const step of this.steps) {
      ids.push(...step.premiseIds);
      if (step.conclusionId) ids.push(step.conclusionId);
      if (step.targetArgumentId) {
        const target = derived.map.arguments[derived.argumentIndex.get(step.targetArgumentId)!]!;
        ids.push(...target.premiseIds, ...(target.conclusionId ? [target.conclusionId] : []));
      }
    }
    return [...new Set(ids)].flatMap((id) => {
      const c = derived.claimIndex.get(id)!;
      const v = derived.claimNode[c]!;
      if (v < 0) return [];
      return [
        {
          id,
          label: LABEL[this.labels[v]!]!,
          shortLabel: this.words.label(id),
          text: this.textOf(id),
          speakers: this.words.speakers(id),
          unattacked: this.attackersOf(v).every((u) => derived.kind[u] !== NodeKind.ARGUMENT),
          rejected: this.rejectedClaims.has(c),
        },
      ];
    });
  }
}

/** A sentence starts with a capital, even when it starts inside quotation marks. */
function capitalise(text: string): string {
  return text.replace(/^(“?)(\p{Ll})/u, (_m, mark: string, letter: string) => mark + letter.toUpperCase());
}
