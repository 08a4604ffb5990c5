import { groundedLabelling, IN, OUT, UNDEC, type Labelling } from './framework.js';
import { itemIdOf, NodeKind, nodeName, nodeOf, type DerivedFramework } from './translate.js';
import type { Label } from './types.js';

/**
 * Why an item has its grounded label, in the framework's terms and in words: for OUT the IN
 * attackers that defeat it; for IN a dispute tree (each attacker, and what defeats it, to a
 * bounded depth); for UNDEC the cycle of undecided attacks it depends on.
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

export interface Explanation {
  id: string;
  label: Label;
  /** Readable account, one sentence per line. */
  sentences: string[];
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
  /** Levels of the dispute tree (each attack is one level). Default 6. */
  maxDepth?: number;
  /** The labelling to explain; default the grounded one. */
  labelling?: Labelling;
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
  const maxDepth = options.maxDepth ?? 6;
  const quote = (claimId: string) => `“${options.textOf?.(claimId) ?? claimId}”`;
  const argumentWords = (a: number): string => {
    const arg = derived.map.arguments[a]!;
    const from = arg.premiseIds.map(quote).join(' and ');
    if (arg.kind === 'SUPPORT') return `the argument from ${from} for ${quote(arg.conclusionId!)}`;
    if (arg.targetArgumentId !== null)
      return `the undercut from ${from} of ${argumentWords(derived.argumentIndex.get(arg.targetArgumentId)!)}`;
    return `the ${arg.attackKind === 'UNDERMINE' ? 'undermining attack' : 'rebuttal'} from ${from} on ${quote(arg.conclusionId!)}`;
  };
  const describe = (v: number): string => {
    const item = derived.item[v]!;
    const label = labels[v];
    switch (derived.kind[v]) {
      case NodeKind.CLAIM:
        return `${quote(derived.claimIds[item]!)} is ${label === IN ? 'accepted' : label === OUT ? 'rejected' : 'undecided'}`;
      case NodeKind.ARGUMENT:
        return `${argumentWords(item)} ${label === IN ? 'stands' : label === OUT ? 'fails' : 'is undecided'}`;
      case NodeKind.PREMISE_FAILS:
        return label === IN
          ? `premise ${quote(derived.claimIds[item]!)} is not accepted`
          : label === OUT
            ? `premise ${quote(derived.claimIds[item]!)} is accepted`
            : `premise ${quote(derived.claimIds[item]!)} is undecided`;
      case NodeKind.UNSUPPORTED:
        return label === IN
          ? `no argument for ${quote(derived.claimIds[item]!)} stands`
          : label === OUT
            ? `an argument for ${quote(derived.claimIds[item]!)} stands`
            : `whether an argument for ${quote(derived.claimIds[item]!)} stands is undecided`;
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
  const explanation: Explanation = { id, label, sentences: [], defeatedBy: [], tree: null, path: [], cycle: [] };
  if (labels[root] === OUT) {
    explanation.defeatedBy = attackersOf(root)
      .filter((u) => labels[u] === IN)
      .map(step);
    explanation.tree = tree(root, 0);
    explanation.sentences = [
      `${describe(root)} because ${explanation.defeatedBy.map((s) => s.sentence).join('; and ')}.`,
      ...treeSentences(explanation.tree.children[0]),
    ];
  } else if (labels[root] === IN) {
    explanation.tree = tree(root, 0);
    explanation.sentences =
      explanation.tree.children.length === 0
        ? [`${describe(root)}: nothing attacks it${derived.kind[root] === NodeKind.CLAIM ? ' and it needs no support' : ''}.`]
        : [`${describe(root)}: every challenge to it fails.`, ...explanation.tree.children.flatMap(treeSentences)];
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
    const cycleWords = explanation.cycle.map((s) => s.sentence).join(', which bears on: ');
    explanation.sentences = [
      `${describe(root)}: it depends on a cycle of attacks that no accepted argument breaks.`,
      `The cycle: ${cycleWords}.`,
    ];
  }
  return explanation;
}

/** "X fails because Y", one sentence per attack in the tree, depth first. */
function treeSentences(node: DisputeNode | undefined): string[] {
  if (!node) return [];
  const own = node.children.length > 0 && node.label === 'OUT' ? [`${node.sentence} because ${node.children[0]!.sentence}.`] : [];
  return [...own, ...node.children.flatMap(treeSentences)];
}
