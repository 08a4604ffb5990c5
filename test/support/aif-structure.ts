import { splitSpeaker, type AifDocument } from '../../src/interchange/aif.js';

/**
 * An AIF map as a set of facts that do not depend on node ids: I-nodes with their text,
 * scheme nodes with their type and scheme, edges between them, L-nodes with speaker and
 * words, illocutions (L -> YA -> content, with the YA's scheme) and transitions (L -> TA -> L
 * as pairs). `key` names each node (e.g. by the argmap id it becomes).
 */
export function structureOf(aif: AifDocument, key: (type: string, nodeID: string) => string | null): Set<string> {
  const byId = new Map(aif.nodes.map((n) => [n.nodeID, n]));
  const facts = new Set<string>();
  const k = (nodeID: string) => {
    const n = byId.get(nodeID);
    return n ? key(n.type, nodeID) : null;
  };
  const propositional = new Set(['I', 'RA', 'CA', 'MA']);
  for (const n of aif.nodes) {
    const id = key(n.type, n.nodeID);
    if (!id) continue;
    if (n.type === 'I') facts.add(`I ${id} ${n.text.trim()}`);
    else if (propositional.has(n.type)) facts.add(`${n.type} ${id} ${(n.scheme ?? n.text).trim()}`);
    else if (n.type === 'L') {
      const split = splitSpeaker(n.text);
      facts.add(`L ${id} ${split ? `${split.speaker} | ${split.words}` : `? | ${n.text.trim()}`}`);
    }
  }
  const outs = new Map<string, string[]>();
  const ins = new Map<string, string[]>();
  for (const e of aif.edges) {
    outs.set(e.fromID, [...(outs.get(e.fromID) ?? []), e.toID]);
    ins.set(e.toID, [...(ins.get(e.toID) ?? []), e.fromID]);
    const from = byId.get(e.fromID);
    const to = byId.get(e.toID);
    if (!from || !to || !propositional.has(from.type) || !propositional.has(to.type)) continue;
    const a = k(e.fromID);
    const b = k(e.toID);
    if (a && b) facts.add(`E ${a} -> ${b}`);
  }
  for (const n of aif.nodes) {
    if (n.type === 'YA') {
      for (const l of (ins.get(n.nodeID) ?? []).filter((x) => byId.get(x)?.type === 'L')) {
        for (const t of outs.get(n.nodeID) ?? []) {
          const a = k(l);
          const b = k(t);
          if (a && b && propositional.has(byId.get(t)!.type)) facts.add(`Y ${a} ${(n.scheme ?? n.text).trim()} ${b}`);
        }
      }
    }
    if (n.type === 'TA') {
      for (const f of (ins.get(n.nodeID) ?? []).filter((x) => byId.get(x)?.type === 'L'))
        for (const t of (outs.get(n.nodeID) ?? []).filter((x) => byId.get(x)?.type === 'L')) {
          const a = k(f);
          const b = k(t);
          if (a && b && a !== b) facts.add(`T ${a} -> ${b}`);
        }
    }
  }
  return facts;
}

export const countByType = (aif: AifDocument) => {
  const counts: Record<string, number> = {};
  for (const n of aif.nodes) counts[n.type] = (counts[n.type] ?? 0) + 1;
  return counts;
};
