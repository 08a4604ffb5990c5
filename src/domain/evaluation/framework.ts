/**
 * Dung abstract argumentation frameworks over integer nodes 0..size-1, held as compressed
 * adjacency (CSR) in typed arrays both ways, and the linear-time parts of solving them:
 * the grounded labelling and strongly connected components.
 */

export const UNDEC = 0;
export const IN = 1;
export const OUT = 2;
/** A labelling: one of UNDEC, IN, OUT per node. */
export type Labelling = Uint8Array;

export interface Framework {
  readonly size: number;
  /** Attackers of v: attackers[attackerStart[v] .. attackerStart[v + 1]). */
  readonly attackerStart: Int32Array;
  readonly attackers: Int32Array;
  /** Targets of v: targets[targetStart[v] .. targetStart[v + 1]). */
  readonly targetStart: Int32Array;
  readonly targets: Int32Array;
}

/** A framework from an attack list: attack e goes from `from[e]` to `to[e]`. Linear time. */
export function frameworkOf(size: number, from: ArrayLike<number>, to: ArrayLike<number>, edgeCount = from.length): Framework {
  const attackerStart = new Int32Array(size + 1);
  const targetStart = new Int32Array(size + 1);
  for (let e = 0; e < edgeCount; e += 1) {
    const a = from[e]!;
    const b = to[e]!;
    if (!(a >= 0 && a < size && b >= 0 && b < size)) throw new RangeError(`attack ${a} -> ${b} outside 0..${size - 1}`);
    attackerStart[b + 1]! += 1;
    targetStart[a + 1]! += 1;
  }
  for (let v = 0; v < size; v += 1) {
    attackerStart[v + 1]! += attackerStart[v]!;
    targetStart[v + 1]! += targetStart[v]!;
  }
  const attackers = new Int32Array(edgeCount);
  const targets = new Int32Array(edgeCount);
  const aFill = attackerStart.slice(0, size);
  const tFill = targetStart.slice(0, size);
  for (let e = 0; e < edgeCount; e += 1) {
    const a = from[e]!;
    const b = to[e]!;
    attackers[aFill[b]!++] = a;
    targets[tFill[a]!++] = b;
  }
  return { size, attackerStart, attackers, targetStart, targets };
}

/** Convenience for tests and small frameworks: pairs [attacker, target]. */
export function frameworkFromPairs(size: number, pairs: readonly (readonly [number, number])[]): Framework {
  return frameworkOf(
    size,
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  );
}

/**
 * The grounded labelling (Dung 1995; Modgil & Caminada's labelling algorithm): a node is IN
 * once all its attackers are OUT, OUT once one attacker is IN, UNDEC if neither ever holds.
 * Each attack is looked at a constant number of times: O(nodes + attacks). When `order` is
 * given it receives the step at which each decided node got its label (a node is only ever
 * decided after the attackers that decide it), which makes dispute trees well-founded.
 */
export function groundedLabelling(af: Framework, order?: Int32Array): Labelling {
  const { size, attackerStart, targetStart, targets } = af;
  const labels = new Uint8Array(size);
  const pending = new Int32Array(size); // attackers not yet OUT
  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;
  let step = 0;
  for (let v = 0; v < size; v += 1) {
    pending[v] = attackerStart[v + 1]! - attackerStart[v]!;
    if (pending[v] === 0) {
      labels[v] = IN;
      queue[tail++] = v;
      if (order) order[v] = step++;
    }
  }
  while (head < tail) {
    const x = queue[head++]!;
    for (let i = targetStart[x]!, end = targetStart[x + 1]!; i < end; i += 1) {
      const y = targets[i]!;
      if (labels[y] !== UNDEC) continue;
      labels[y] = OUT;
      if (order) order[y] = step++;
      for (let j = targetStart[y]!, endY = targetStart[y + 1]!; j < endY; j += 1) {
        const z = targets[j]!;
        pending[z]! -= 1;
        if (pending[z] === 0 && labels[z] === UNDEC) {
          labels[z] = IN;
          queue[tail++] = z;
          if (order) order[z] = step++;
        }
      }
    }
  }
  return labels;
}

/**
 * Strongly connected components (Tarjan, iterative so a million-node chain does not overflow
 * the stack), over the nodes where `keep` is true (all when absent). Returns each kept node's
 * component number (-1 for nodes left out). Numbers follow Tarjan's completion order, so an
 * attack never goes from a lower-numbered component to a higher-numbered one.
 */
export function stronglyConnectedComponents(af: Framework, keep?: Uint8Array): { component: Int32Array; count: number } {
  const { size, targetStart, targets } = af;
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const component = new Int32Array(size).fill(-1);
  const onStack = new Uint8Array(size);
  const stack = new Int32Array(size);
  const callNode = new Int32Array(size);
  const callEdge = new Int32Array(size);
  let sp = 0;
  let next = 0;
  let count = 0;
  for (let root = 0; root < size; root += 1) {
    if (index[root] !== -1 || (keep && !keep[root])) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = targetStart[root]!;
    index[root] = low[root] = next++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const end = targetStart[v + 1]!;
      let descended = false;
      while (callEdge[depth]! < end) {
        const w = targets[callEdge[depth]!]!;
        callEdge[depth]! += 1;
        if (keep && !keep[w]) continue;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth += 1;
          callNode[depth] = w;
          callEdge[depth] = targetStart[w]!;
          descended = true;
          break;
        } else if (onStack[w] && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
      }
      if (descended) continue;
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count += 1;
      }
      depth -= 1;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return { component, count };
}

/** Whether the node lies on a cycle: its component has several nodes, or it attacks itself. */
export function onCycle(af: Framework, component: Int32Array, v: number): boolean {
  for (let i = af.targetStart[v]!, end = af.targetStart[v + 1]!; i < end; i += 1) {
    const w = af.targets[i]!;
    if (w === v || component[w] === component[v]) return true;
  }
  return false;
}

/**
 * Whether a labelling is complete (Caminada's conditions): IN iff every attacker is OUT,
 * OUT iff some attacker is IN; UNDEC otherwise.
 */
export function isCompleteLabelling(af: Framework, labels: Labelling): boolean {
  for (let v = 0; v < af.size; v += 1) {
    let anyIn = false;
    let allOut = true;
    for (let i = af.attackerStart[v]!, end = af.attackerStart[v + 1]!; i < end; i += 1) {
      const l = labels[af.attackers[i]!];
      if (l === IN) anyIn = true;
      if (l !== OUT) allOut = false;
    }
    const expected = allOut ? IN : anyIn ? OUT : UNDEC;
    if (labels[v] !== expected) return false;
  }
  return true;
}
