/**
 * The map as a reader sees it, before and after a run: every item of GET /export?format=json by
 * its key, the current revision and the listed revisions. Compared, they show any change the run
 * made; the deliberate writes account for theirs.
 */
import type { SeedIds } from './corpus.js';

export interface Snapshot {
  /** `collection/id` (or `collection/from|to` for links) to the item's JSON. */
  items: Map<string, string>;
  currentRevision: number;
  revisionCount: number;
  /** The newest revisions listed, oldest first (at most 100). */
  listed: number[];
  ids: SeedIds;
}

/** What keys a link of the document: the two nodes it joins. */
const LINK_KEYS: Record<string, [string, string]> = {
  affiliations: ['actorId', 'organizationId'],
  citations: ['claimId', 'provisionId'],
  positions: ['claimId', 'issueId'],
};

/** JSON with keys sorted, so the same item always reads the same. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

async function fetchRetrying(url: string, init: RequestInit = {}): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) });
    // The export shares the heavy-request gate; a busy gate says when to come back.
    if (response.status !== 429 || attempt >= 20) return response;
    await response.arrayBuffer();
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function takeSnapshot(base: string): Promise<Snapshot> {
  const exported = await fetchRetrying(`${base}/export?format=json`);
  if (exported.status !== 200)
    throw new Error(`GET /export?format=json answered ${exported.status}: ${(await exported.text()).slice(0, 300)}`);
  const doc = (await exported.json()) as Record<string, unknown>;
  const items = new Map<string, string>();
  const ids: SeedIds = { claims: [], actors: [], provisions: [], sources: [], arguments: [], issues: [], partOf: [] };
  for (const [collection, list] of Object.entries(doc)) {
    if (!Array.isArray(list)) continue;
    for (const item of list as Record<string, unknown>[]) {
      const link = LINK_KEYS[collection];
      const key = link ? `${String(item[link[0]])}|${String(item[link[1]])}` : String(item.id);
      items.set(`${collection}/${key}`, stable(item));
      if (collection === 'provisions' && typeof item.partOfId === 'string') ids.partOf.push([String(item.id), item.partOfId]);
      if (!link && collection in ids && collection !== 'partOf') (ids[collection as keyof SeedIds] as string[]).push(String(item.id));
    }
  }
  const revisions = await fetchRetrying(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ currentRevision revisions(last: 100) { totalCount edges { node { revision } } } }' }),
  });
  const body = (await revisions.json()) as {
    data?: { currentRevision: number; revisions: { totalCount: number; edges: { node: { revision: number } }[] } };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`the revisions could not be read: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return {
    items,
    currentRevision: body.data.currentRevision,
    revisionCount: body.data.revisions.totalCount,
    listed: body.data.revisions.edges.map((e) => e.node.revision),
    ids,
  };
}

export interface DataChanges {
  added: string[];
  removed: string[];
  changed: string[];
  /** Changes the deliberate writes account for. */
  explained: number;
  /** Every other change. */
  unexplained: string[];
}

/** What changed between two snapshots; `expected` are the keys the deliberate writes added. */
export function compareSnapshots(before: Snapshot, after: Snapshot, expected: ReadonlySet<string>): DataChanges {
  const added = [...after.items.keys()].filter((k) => !before.items.has(k));
  const removed = [...before.items.keys()].filter((k) => !after.items.has(k));
  const changed = [...after.items.keys()].filter((k) => before.items.has(k) && before.items.get(k) !== after.items.get(k));
  const explained = added.filter((k) => expected.has(k)).length;
  const unexplained = [
    ...added.filter((k) => !expected.has(k)).map((k) => `added ${k}: ${after.items.get(k)!.slice(0, 200)}`),
    ...removed.map((k) => `removed ${k}`),
    ...changed.map((k) => `changed ${k}: ${before.items.get(k)!.slice(0, 120)} -> ${after.items.get(k)!.slice(0, 120)}`),
    ...[...expected].filter((k) => !after.items.has(k)).map((k) => `a deliberate write is missing: ${k}`),
  ];
  return { added, removed, changed, explained, unexplained };
}
