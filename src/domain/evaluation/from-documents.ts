import { labelOfId } from '../ids.js';
import { STANCES, type Stance } from '../index.js';
import type { NodeDocument } from '../revisions.js';
import type { MapAtRevision } from './snapshot.js';
import type { EvaluationArgument, EvaluationAssertion } from './types.js';

const prop = (doc: NodeDocument, key: string): unknown => doc.props.find((p) => p.key === key)?.value;
const text = (doc: NodeDocument, key: string): string | null => {
  const value = prop(doc, key);
  return typeof value === 'string' ? value : null;
};
const target = (doc: NodeDocument, type: string, label?: string) =>
  doc.out.find((r) => r.type === type && (!label || labelOfId(r.to) === label))?.to ?? null;

/**
 * The map evaluation reads, from node documents (the revision log's form): what
 * evaluation/find-map reads from the graph, built instead from each node's properties and
 * outgoing relationships, so that past states can stand in for present ones.
 */
export function evaluationMapOfDocuments(
  documents: ReadonlyMap<string, NodeDocument>,
  at: { key: string; revision: number },
): MapAtRevision {
  const claims: { id: string; text: string }[] = [];
  const args: EvaluationArgument[] = [];
  const assertions: EvaluationAssertion[] = [];
  const positions: { claimId: string; issueId: string; stance: Stance }[] = [];
  const premises = new Map<string, { claimId: string; position: number }[]>();
  for (const [id, doc] of [...documents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (doc.label === 'Claim') {
      claims.push({ id, text: text(doc, 'text') ?? '' });
      for (const r of doc.out) {
        if (r.type === 'PREMISE') {
          const position = r.props.find((p) => p.key === 'position')?.value;
          premises.set(r.to, [...(premises.get(r.to) ?? []), { claimId: id, position: typeof position === 'number' ? position : 0 }]);
        }
        if (r.type === 'ADDRESSES') {
          const stance = STANCES.find((s) => s === r.props.find((p) => p.key === 'stance')?.value);
          if (stance) positions.push({ claimId: id, issueId: r.to, stance });
        }
      }
    } else if (doc.label === 'Argument') {
      const kind = text(doc, 'kind') === 'ATTACK' ? 'ATTACK' : 'SUPPORT';
      const attackKind = text(doc, 'attackKind');
      args.push({
        id,
        kind,
        attackKind: attackKind === 'REBUT' || attackKind === 'UNDERMINE' || attackKind === 'UNDERCUT' ? attackKind : null,
        premiseIds: [],
        conclusionId: target(doc, 'CONCLUSION', 'Claim'),
        targetArgumentId: target(doc, 'CONCLUSION', 'Argument'),
      });
    } else if (doc.label === 'Assertion') {
      const actorId = target(doc, 'BY');
      if (!actorId) continue;
      assertions.push({
        id,
        actorId,
        sourceId: target(doc, 'IN'),
        claimId: target(doc, 'OF', 'Claim'),
        argumentId: target(doc, 'OF', 'Argument'),
      });
    }
  }
  // Premises in the order the map gives them (position, then id), as evaluation/find-map reads them.
  const withPremises = args.map((a) => ({
    ...a,
    premiseIds: (premises.get(a.id) ?? [])
      .sort((x, y) => x.position - y.position || (x.claimId < y.claimId ? -1 : x.claimId > y.claimId ? 1 : 0))
      .map((p) => p.claimId),
  }));
  return {
    ...at,
    map: { claims, arguments: withPremises, assertions },
    texts: new Map(claims.map((c) => [c.id, c.text])),
    positions,
  };
}
