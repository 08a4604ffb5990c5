import type { NodeLabel } from './ids.js';
import { ATTACK_KINDS, CLAIM_KINDS, type ArgumentRecord, type ClaimRecord } from './index.js';
import { labelOfId } from './ids.js';
import type { Author } from './people.js';

/** A property as the revision log keeps it: its key, its Cypher type (`valueType`) and its value. */
export interface TypedValue {
  key: string;
  type: string;
  value: unknown;
}

/** Who is writing and why: the mutation's name, and the user or key it came with (null: the service itself). */
export interface WriteOrigin {
  /** The user's or key's name (`keyName` of the revision, kept beside `author`). */
  keyName: string | null;
  operation: string | null;
  author: Author | null;
}

/** What a committed write tells subscribers: its revision, who made it, and the nodes it changed. */
export interface ChangeEvent {
  /** The map the write changed (revisions are numbered per map). */
  mapId: string;
  revision: number;
  /** The map's epoch: a revision number names one state of one map (a wipe starts a new epoch). */
  epoch: string;
  at: string;
  operation: string;
  /** The user's or key's name (`system` for the service's own writes): never a token or a key. */
  keyName: string;
  author: Author;
  ids: string[];
  /** The nodes the changed nodes' relationships point at, before or after (a new assertion's claim, an argument's conclusion). */
  related: string[];
  /** Where the write committed: a reader that waits for these sees it (causal consistency across replicas). */
  bookmarks: string[];
}

/**
 * A node as the revision log keeps it: label, properties and outgoing relationships, each value
 * with its type. Every relationship belongs to its start node, so the documents of the nodes a
 * write touched hold every relationship it made or removed.
 */
export interface NodeDocument {
  label: NodeLabel;
  props: TypedValue[];
  out: { type: string; to: string; props: TypedValue[] }[];
}

/** A stored state back as a document (null: the node did not exist). */
export function parseDocument(json: string | null): NodeDocument | null {
  return json === null ? null : (JSON.parse(json) as NodeDocument);
}

/** The ends of the changed nodes' relationships, before and after. */
export function relatedTo(changes: readonly { before: string | null; after: string | null }[]): string[] {
  const related = new Set<string>();
  for (const change of changes) {
    for (const state of [parseDocument(change.before), parseDocument(change.after)]) {
      for (const r of state?.out ?? []) related.add(r.to);
    }
  }
  return [...related];
}

const REVISION_ID = /^revision:(\d{1,15})$/;

/** The number in a revision id (`revision:42`), or null when it is not one. */
export function revisionNumberOf(id: string): number | null {
  const found = REVISION_ID.exec(id.trim());
  return found ? Number(found[1]) : null;
}

/** A claim's own fields from its stored state. */
export function claimFromState(id: string, state: NodeDocument, mapId: string): ClaimRecord {
  const value = (key: string) => state.props.find((p) => p.key === key)?.value;
  const text = (key: string) => (typeof value(key) === 'string' ? (value(key) as string) : null);
  const kind = CLAIM_KINDS.find((k) => k === value('kind')) ?? 'FACTUAL';
  return { __typename: 'Claim', id, mapId, text: text('text') ?? '', kind, createdAt: text('createdAt'), updatedAt: text('updatedAt') };
}

/** An argument's own fields (and what it concludes) from its stored state. */
export function argumentFromState(id: string, state: NodeDocument, mapId: string): ArgumentRecord {
  const value = (key: string) => state.props.find((p) => p.key === key)?.value;
  const text = (key: string) => (typeof value(key) === 'string' ? (value(key) as string) : null);
  const conclusion = (label: NodeLabel) => state.out.find((r) => r.type === 'CONCLUSION' && labelOfId(r.to) === label)?.to ?? null;
  return {
    __typename: 'Argument',
    id,
    mapId,
    kind: value('kind') === 'ATTACK' ? 'ATTACK' : 'SUPPORT',
    attackKind: ATTACK_KINDS.find((k) => k === value('attackKind')) ?? null,
    scheme: text('scheme'),
    rationale: text('rationale'),
    reconstructed: value('reconstructed') === true,
    conclusionId: conclusion('Claim'),
    targetArgumentId: conclusion('Argument'),
  };
}
