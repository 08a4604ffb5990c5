import Logic, { type Solution } from 'logic-solver';
import { EvaluationTooComplexError } from './errors.js';
import { groundedLabelling, IN, onCycle, OUT, stronglyConnectedComponents, UNDEC, type Framework, type Labelling } from './framework.js';
import type { Semantics } from './types.js';

/**
 * Extension semantics beyond grounded (Dung 1995; Caminada's labellings as surveyed by Baroni,
 * Caminada & Giacomin 2011). Every complete labelling agrees with the grounded one on its IN
 * and OUT nodes, so the grounded labelling (linear) settles every acyclic part and what
 * depends only on it; what it leaves UNDEC is the part downstream of the cycles. That rest is
 * split into its independent (weakly connected) pieces, each solved with MiniSat
 * (logic-solver): complete labellings as CNF (Besnard & Doutre 2004's encoding), preferred
 * ones by iterated maximisation (Cerutti, Dunne, Giacomin & Vallati's PrefSAT), sceptical
 * acceptance by a counter-example loop (as CEGARTIX, Dvořák, Järvisalo, Wallner & Woltran).
 * The extension count is the product over the pieces.
 */

export interface SolveBudget {
  /** Wall-clock milliseconds for the SAT work; checked between solver calls. */
  timeBudgetMs?: number;
  /** Most nodes on cycles in one piece handed to the SAT solver (nodes that merely depend on cycles do not count). */
  maxComponentNodes?: number;
  /** Extensions enumerated per piece (and listed in all) before the count is reported as a lower bound. */
  maxExtensions?: number;
  /** Whole labellings listed in the result (each is one byte per framework node). */
  listExtensions?: number;
}

/** The most nodes one solver run encodes, whatever the budget: MiniSat here has a fixed 64 MB heap. */
const MAX_PIECE_NODES = 250_000;

export const DEFAULT_BUDGET: Required<SolveBudget> = {
  timeBudgetMs: 5000,
  maxComponentNodes: 20_000,
  maxExtensions: 100,
  listExtensions: 16,
};

export interface SemanticsSolution {
  semantics: Semantics;
  /** IN when IN in every extension, OUT when OUT in every one, UNDEC otherwise (grounded: the grounded label). */
  labels: Labelling;
  credulous: Uint8Array;
  sceptical: Uint8Array;
  /** Extensions counted, exact when `extensionCountExact`, else a lower bound. */
  extensionCount: number;
  extensionCountExact: boolean;
  /** Up to listExtensions whole labellings (for GROUNDED: the grounded one). */
  extensions: Labelling[];
  /** Nodes the grounded labelling left UNDEC and the SAT solver looked at, those of them on cycles, and the pieces they form. */
  solverNodes: number;
  cyclicNodes: number;
  solverComponents: number;
}

class Deadline {
  private readonly end: number;
  constructor(
    private readonly budgetMs: number,
    private readonly semantics: Semantics,
  ) {
    this.end = Date.now() + budgetMs;
  }
  check(): void {
    if (Date.now() > this.end)
      throw new EvaluationTooComplexError(
        `${this.semantics} semantics did not finish within ${this.budgetMs} ms: evaluate a smaller part of the map (an issue or a neighbourhood), use GROUNDED, or give a larger time budget`,
      );
  }
}

/**
 * One MiniSat instance (logic-solver) shared by successive evaluations: making one costs about
 * 20 ms (it allocates its 64 MB heap), more than most solves. Every clause an evaluation adds
 * is guarded by an activation variable of that evaluation, switched off for good (a unit
 * clause) when it ends, so evaluations never see each other's clauses, and the variables of
 * an ended evaluation are free for the next one (no live clause mentions them). The instance
 * is replaced after many clauses, or after any failure.
 */
class Sat {
  private static shared: Sat | null = null;
  private readonly solver = new Logic.Solver();
  private vars = 0;
  private literals = 0;
  private readonly free: number[] = [];

  static acquire(): Sat {
    if (!Sat.shared || Sat.shared.literals > 4_000_000 || Sat.shared.vars > 20_000) Sat.shared = new Sat();
    return Sat.shared;
  }

  static discard(): void {
    Sat.shared = null;
  }

  /** A variable no live clause mentions. */
  take(): number {
    return this.free.pop() ?? this.fresh();
  }

  /** Gives back variables once every clause that mentions them is switched off. */
  release(vars: Iterable<number>): void {
    for (const v of vars) this.free.push(v);
  }

  /** A variable never used before: guards must be fresh, as closing one fixes it for good. */
  fresh(): number {
    this.vars += 1;
    return this.solver.getVarNum(`v${this.vars}`);
  }

  /** A clause that holds while every guard holds. */
  require(guards: readonly number[], clause: readonly number[]): void {
    this.literals += guards.length + clause.length;
    Logic.disablingAssertions(() => this.solver.require(Logic.or(...guards.map((g) => -g), ...clause)));
  }

  /** Switches a guard off for good. */
  close(guard: number): void {
    Logic.disablingAssertions(() => this.solver.require(-guard));
  }

  /** Solves with the clauses of this guard (and of the guards it implies) on. */
  solve(guard: number): Solution | null {
    return Logic.disablingAssertions(() => this.solver.solve(guard));
  }
}

/** One piece of the undecided rest, encoded for MiniSat: variables in_x and out_x per node. */
class Piece {
  readonly inVar: Int32Array;
  readonly outVar: Int32Array;

  constructor(
    private readonly sat: Sat,
    /**
     * The guard of the piece's clauses; a clause group of its own (an enumeration, a query)
     * gets a guard that implies this one, so one assumption switches on both.
     */
    private readonly guard: number,
    readonly nodes: Int32Array,
    local: Int32Array,
    af: Framework,
    stable: boolean,
    private readonly deadline: Deadline,
  ) {
    const n = nodes.length;
    this.inVar = new Int32Array(n);
    this.outVar = new Int32Array(n);
    for (let i = 0; i < n; i += 1) {
      this.inVar[i] = sat.take();
      this.outVar[i] = sat.take();
    }
    const g = [guard];
    for (let i = 0; i < n; i += 1) {
      if ((i & 1023) === 1023) deadline.check(); // encoding a large piece takes time too
      const v = nodes[i]!;
      const inX = this.inVar[i]!;
      const outX = this.outVar[i]!;
      sat.require(g, [-inX, -outX]);
      if (stable) sat.require(g, [inX, outX]);
      const allOutThenIn: number[] = [inX];
      const outNeedsIn: number[] = [-outX];
      for (let e = af.attackerStart[v]!, end = af.attackerStart[v + 1]!; e < end; e += 1) {
        const y = local[af.attackers[e]!]!;
        if (y < 0) continue; // an attacker the grounded labelling made OUT
        sat.require(g, [-inX, this.outVar[y]!]);
        sat.require(g, [-this.inVar[y]!, outX]);
        allOutThenIn.push(-this.outVar[y]!);
        outNeedsIn.push(this.inVar[y]!);
      }
      sat.require(g, allOutThenIn);
      sat.require(g, outNeedsIn);
    }
  }

  /** The same encoding under a new clause group (for a query with clauses of its own). */
  withGroup(): Piece {
    const group = this.sat.fresh();
    this.sat.require([group], [this.guard]);
    const copy = Object.create(Piece.prototype) as Piece;
    Object.assign(copy, this, { guard: group });
    return copy;
  }

  /** Ends the clause group. */
  done(): void {
    this.sat.close(this.guard);
  }

  get size(): number {
    return this.nodes.length;
  }

  /** A labelling of the piece satisfying its clauses and, for this call only, `extra` clauses. */
  solve(extra: number[][] = []): Uint8Array | null {
    this.deadline.check();
    let guard = this.guard;
    if (extra.length > 0) {
      guard = this.sat.fresh();
      this.sat.require([guard], [this.guard]);
      for (const clause of extra) this.sat.require([guard], clause);
    }
    const solution = this.sat.solve(guard);
    if (guard !== this.guard) this.sat.close(guard);
    if (!solution) return null;
    const labels = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i += 1) {
      labels[i] = solution.evaluate(this.inVar[i]!) ? IN : solution.evaluate(this.outVar[i]!) ? OUT : UNDEC;
    }
    return labels;
  }

  /** A clause kept for the rest of the piece's group. */
  require(clause: number[]): void {
    this.sat.require([this.guard], clause);
  }

  /** "Some node outside this labelling's IN set is IN": not a subset of it. */
  notSubsetOf(labels: Uint8Array): number[] {
    const clause: number[] = [];
    for (let i = 0; i < this.size; i += 1) if (labels[i] !== IN) clause.push(this.inVar[i]!);
    return clause;
  }

  /** Not exactly this IN set. */
  notEqualTo(labels: Uint8Array): number[] {
    const clause: number[] = [];
    for (let i = 0; i < this.size; i += 1) clause.push(labels[i] === IN ? -this.inVar[i]! : this.inVar[i]!);
    return clause;
  }

  /** Grows a complete labelling to one with a maximal IN set, keeping `keep` clauses. */
  maximise(start: Uint8Array, keep: number[][] = []): Uint8Array {
    let current = start;
    for (;;) {
      const outside = this.notSubsetOf(current);
      if (outside.length === 0) return current;
      const superset: number[][] = [...keep, outside];
      for (let i = 0; i < this.size; i += 1) if (current[i] === IN) superset.push([this.inVar[i]!]);
      const bigger = this.solve(superset);
      if (!bigger) return current;
      current = bigger;
    }
  }
}

interface PieceResult {
  nodes: Int32Array;
  found: Uint8Array[];
  exact: boolean;
  credulous: Uint8Array;
  sceptical: Uint8Array;
  alwaysOut: Uint8Array;
}

function enumerate(piece: Piece, semantics: Semantics, limit: number): { found: Uint8Array[]; exact: boolean } {
  const found: Uint8Array[] = [];
  for (;;) {
    let labels = piece.solve();
    if (!labels) return { found, exact: true };
    if (semantics === 'PREFERRED') labels = piece.maximise(labels);
    if (found.length === limit) return { found, exact: false };
    found.push(labels);
    const block = semantics === 'COMPLETE' ? piece.notEqualTo(labels) : piece.notSubsetOf(labels);
    if (block.length === 0) return { found, exact: true };
    piece.require(block);
  }
}

/** Acceptance in one piece: from the enumeration when it was complete, else by SAT queries. */
function solvePiece(base: Piece, semantics: Semantics, limit: number): PieceResult {
  const { nodes } = base;
  const n = nodes.length;
  const stable = semantics === 'STABLE';
  const enumeration = base.withGroup();
  const { found, exact } = enumerate(enumeration, semantics, limit);
  enumeration.done();
  const credulous = new Uint8Array(n);
  const sceptical = new Uint8Array(n).fill(found.length > 0 ? 1 : 0);
  const alwaysOut = new Uint8Array(n).fill(found.length > 0 ? 1 : 0);
  for (const labels of found) {
    for (let i = 0; i < n; i += 1) {
      if (labels[i] === IN) credulous[i] = 1;
      else sceptical[i] = 0;
      if (labels[i] !== OUT) alwaysOut[i] = 0;
    }
  }
  if (!exact) {
    // Some extensions were not enumerated: settle what they could change with queries.
    for (let i = 0; i < n; i += 1) {
      if (credulous[i]) continue;
      const witness = base.solve([[base.inVar[i]!]]);
      if (witness) for (let j = 0; j < n; j += 1) if (witness[j] === IN) credulous[j] = 1;
    }
    for (let i = 0; i < n && semantics !== 'COMPLETE'; i += 1) {
      if (sceptical[i]) sceptical[i] = stable ? (base.solve([[-base.inVar[i]!]]) ? 0 : 1) : noPreferredWithout(base, i, IN) ? 1 : 0;
      if (alwaysOut[i]) alwaysOut[i] = stable ? (base.solve([[-base.outVar[i]!]]) ? 0 : 1) : noPreferredWithout(base, i, OUT) ? 1 : 0;
    }
  }
  return { nodes, found, exact, credulous, sceptical, alwaysOut };
}

/**
 * Whether every preferred labelling gives node i the label `label`: look for a complete
 * labelling without it, grow it to a preferred one; if that one has the label after all, no
 * labelling below it can lead anywhere new, so exclude them all and look again.
 */
function noPreferredWithout(base: Piece, i: number, label: number): boolean {
  const piece = base.withGroup();
  try {
    const without = label === IN ? -piece.inVar[i]! : -piece.outVar[i]!;
    for (;;) {
      const start = piece.solve([[without]]);
      if (!start) return true;
      const preferred = piece.maximise(start);
      if (preferred[i] !== label) return false;
      const block = piece.notSubsetOf(preferred);
      if (block.length === 0) return true;
      piece.require(block);
    }
  } finally {
    piece.done();
  }
}

/** The independent pieces of the nodes the grounded labelling left UNDEC. */
function undecidedPieces(af: Framework, grounded: Labelling): Int32Array[] {
  const { size } = af;
  const piece = new Int32Array(size).fill(-1);
  const pieces: Int32Array[] = [];
  const stack: number[] = [];
  for (let root = 0; root < size; root += 1) {
    if (grounded[root] !== UNDEC || piece[root] !== -1) continue;
    const members: number[] = [];
    piece[root] = pieces.length;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack.pop()!;
      members.push(v);
      const visit = (w: number) => {
        if (grounded[w] === UNDEC && piece[w] === -1) {
          piece[w] = pieces.length;
          stack.push(w);
        }
      };
      for (let e = af.targetStart[v]!, end = af.targetStart[v + 1]!; e < end; e += 1) visit(af.targets[e]!);
      for (let e = af.attackerStart[v]!, end = af.attackerStart[v + 1]!; e < end; e += 1) visit(af.attackers[e]!);
    }
    pieces.push(Int32Array.from(members));
  }
  return pieces;
}

/** Labels, acceptance and extension count of a framework under one semantics. */
export function solveSemantics(
  af: Framework,
  semantics: Semantics,
  budget: SolveBudget = {},
  grounded = groundedLabelling(af),
): SemanticsSolution {
  const { timeBudgetMs, maxComponentNodes, maxExtensions, listExtensions } = { ...DEFAULT_BUDGET, ...budget };
  const size = af.size;
  const credulous = new Uint8Array(size);
  const sceptical = new Uint8Array(size);
  for (let v = 0; v < size; v += 1) if (grounded[v] === IN) credulous[v] = sceptical[v] = 1;
  if (semantics === 'GROUNDED') {
    return {
      semantics,
      labels: grounded,
      credulous,
      sceptical,
      extensionCount: 1,
      extensionCountExact: true,
      extensions: [grounded],
      solverNodes: 0,
      cyclicNodes: 0,
      solverComponents: 0,
    };
  }
  const pieces = undecidedPieces(af, grounded);
  const solverNodes = pieces.reduce((sum, p) => sum + p.length, 0);
  // Only the nodes on cycles (in a strongly connected component of the undecided rest) make a
  // piece hard: every other node's label follows from its attackers' by unit propagation.
  const open = new Uint8Array(size);
  for (let v = 0; v < size; v += 1) if (grounded[v] === UNDEC) open[v] = 1;
  const { component } = stronglyConnectedComponents(af, open);
  let cyclicNodes = 0;
  for (const p of pieces) {
    let cyclic = 0;
    for (const v of p) if (onCycle(af, component, v)) cyclic += 1;
    cyclicNodes += cyclic;
    if (cyclic > maxComponentNodes)
      throw new EvaluationTooComplexError(
        `${semantics} semantics: ${cyclic} arguments on interlocked cycles remain undecided after the grounded labelling, more than the ${maxComponentNodes} one solver run takes: evaluate an issue or a neighbourhood, use GROUNDED, or raise maxComponentNodes`,
      );
    if (p.length > MAX_PIECE_NODES)
      throw new EvaluationTooComplexError(
        `${semantics} semantics: ${p.length} arguments depend on undecided cycles, more than the ${MAX_PIECE_NODES} the SAT solver's memory holds in one run: evaluate an issue or a neighbourhood, or use GROUNDED`,
      );
  }
  const deadline = new Deadline(timeBudgetMs, semantics);
  const local = new Int32Array(size).fill(-1);
  for (const p of pieces) p.forEach((v, i) => (local[v] = i));
  // Each piece in its own clause group, on the shared solver (a fresh one when it has grown).
  const results: PieceResult[] = [];
  for (const p of pieces) {
    const sat = Sat.acquire();
    const guard = sat.fresh();
    try {
      const piece = new Piece(sat, guard, p, local, af, semantics === 'STABLE', deadline);
      results.push(solvePiece(piece, semantics, maxExtensions));
      sat.close(guard);
      // Every clause of the piece is off now: its variables can serve the next one.
      sat.release(piece.inVar);
      sat.release(piece.outVar);
    } catch (error) {
      Sat.discard();
      if (error instanceof Error) throw error;
      // MiniSat (compiled C) aborts by throwing a string, e.g. when its fixed heap is full.
      throw new EvaluationTooComplexError(
        `${semantics} semantics: the SAT solver gave up (${String(error).slice(0, 200)}): evaluate a smaller part of the map or use GROUNDED`,
      );
    }
    // Without a stable labelling in one piece there is none at all.
    if (semantics === 'STABLE' && results.at(-1)!.found.length === 0) break;
  }

  const labels = new Uint8Array(grounded);
  let count = 1;
  let exact = true;
  for (const r of results) {
    count *= r.found.length;
    if (!r.exact) exact = false;
  }
  if (count > Number.MAX_SAFE_INTEGER) {
    count = Number.MAX_SAFE_INTEGER;
    exact = false;
  }
  if (semantics === 'STABLE' && results.some((r) => r.found.length === 0)) {
    // No stable labelling at all: nothing is accepted and no label is certain.
    labels.fill(UNDEC);
    sceptical.fill(0);
    credulous.fill(0);
    return {
      semantics,
      labels,
      credulous,
      sceptical,
      extensionCount: 0,
      extensionCountExact: true,
      extensions: [],
      solverNodes,
      cyclicNodes,
      solverComponents: pieces.length,
    };
  }
  for (const r of results) {
    r.nodes.forEach((v, i) => {
      credulous[v] = r.credulous[i]!;
      if (semantics === 'COMPLETE') return; // IN (OUT) in every complete labelling is grounded IN (OUT)
      sceptical[v] = r.sceptical[i]!;
      labels[v] = r.sceptical[i] ? IN : r.alwaysOut[i] ? OUT : UNDEC;
    });
  }
  return {
    semantics,
    labels,
    credulous,
    sceptical,
    extensionCount: count,
    extensionCountExact: exact,
    extensions: combine(grounded, results, listExtensions),
    solverNodes,
    cyclicNodes,
    solverComponents: pieces.length,
  };
}

/** The first `limit` whole labellings: each piece's labellings combined, the rest grounded. */
function combine(grounded: Labelling, results: PieceResult[], limit: number): Labelling[] {
  if (results.some((r) => r.found.length === 0)) return [];
  const out: Labelling[] = [];
  const choice = new Int32Array(results.length);
  while (out.length < limit) {
    const labels = new Uint8Array(grounded);
    results.forEach((r, k) => r.nodes.forEach((v, i) => (labels[v] = r.found[choice[k]!]![i]!)));
    out.push(labels);
    let k = 0;
    while (k < results.length) {
      choice[k]! += 1;
      if (choice[k]! < results[k]!.found.length) break;
      choice[k] = 0;
      k += 1;
    }
    if (k === results.length) break;
  }
  return out;
}
