import type { SubscriptionChangesArgs, SubscriptionResolvers } from '../../../generated/graphql.js';
import { relatedTo, type ChangeEvent } from '../../../domain/revisions.js';
import { invalid, NotFoundError } from '../../../domain/errors.js';
import { authorOfRevision } from './Revision.js';
import { revisionIdOf } from '../../../domain/maps.js';
import { boundedInt, graphRootOf, idOf, optionalAnyIdOf, GRAPH_DEPTH_MAX } from '../../../domain/validation.js';
import type { Context } from '../context.js';
import type { MapAccess } from '../maps.js';

/** How far an issue's map reaches from its positions. */
const ISSUE_DEPTH = 3;
const REPLAY_PAGE = 100;

/** Which events a subscription hears: the ids to send, or null to skip the event. */
type Scope = (event: ChangeEvent) => Promise<string[] | null>;

async function scopeOf(args: SubscriptionChangesArgs, map: MapAccess): Promise<Scope> {
  const given = [args.nodeId, args.rootId, args.issueId].filter((v) => v !== null && v !== undefined);
  if (given.length > 1) throw invalid('nodeId', 'Give at most one of nodeId, rootId and issueId');
  const nodeId = optionalAnyIdOf(args.nodeId, 'nodeId');
  if (nodeId) return (event) => Promise.resolve(event.ids.includes(nodeId) ? [nodeId] : null);
  if (args.depth !== null && args.depth !== undefined && !args.rootId) throw invalid('depth', 'depth goes with rootId');
  const root = args.rootId
    ? { id: graphRootOf(args.rootId, 'rootId').id, depth: boundedInt(args.depth, 'depth', 1, GRAPH_DEPTH_MAX, 2) }
    : args.issueId
      ? { id: idOf('Issue', args.issueId, 'issueId'), depth: ISSUE_DEPTH }
      : null;
  if (!root) return (event) => Promise.resolve(event.ids);
  // The neighbourhood as it stands; read again after every change that touches it, so it follows the map.
  const neighbourhood = async () => {
    const graph = await map.repos.graph.argumentGraph({ rootId: root.id, depth: root.depth, direction: 'BOTH' });
    return new Set([root.id, ...(graph?.nodes.map((n) => n.id) ?? [])]);
  };
  let watched = await neighbourhood();
  return async (event) => {
    const touches = (set: Set<string>) => event.ids.some((id) => set.has(id)) || event.related.some((id) => set.has(id));
    if (touches(watched)) {
      watched = await neighbourhood();
      return event.ids;
    }
    const now = await neighbourhood();
    const hit = touches(now);
    watched = now;
    return hit ? event.ids : null;
  };
}

/** The changes committed after `after`, from the revision log, oldest first. */
async function* replay(map: MapAccess, after: number): AsyncGenerator<ChangeEvent> {
  let cursor = revisionIdOf(map.mapId, after);
  for (;;) {
    const page = await map.repos.revisions.listRevisions(
      { nodeId: null, keyName: null, since: null, until: null },
      { size: REPLAY_PAGE, after: cursor, before: null, fromEnd: false },
    );
    const changes = await map.repos.revisions.findChanges({
      revisions: page.items.map((r) => r.revision),
      nodeId: null,
      limit: 10_000,
    });
    for (const [i, r] of page.items.entries()) {
      const raw = (changes[i] ?? []).map((c) => ({
        before: c.before && JSON.stringify(c.before),
        after: c.after && JSON.stringify(c.after),
      }));
      yield {
        mapId: map.mapId,
        revision: r.revision,
        at: r.at,
        operation: r.operation,
        keyName: r.keyName,
        author: authorOfRevision(r),
        epoch: '',
        ids: r.nodeIds,
        related: relatedTo(raw),
        bookmarks: [],
      };
    }
    if (!page.hasNextPage || page.items.length === 0) return;
    cursor = page.items.at(-1)!.id;
  }
}

/**
 * One subscriber's events: with `afterRevision`, what the log holds after it, then live events
 * (listening starts before the replay, so nothing committed meanwhile is lost, and nothing is
 * sent twice); each filtered by the subscription's scope.
 */
async function* watchChanges(args: SubscriptionChangesArgs, ctx: Context): AsyncGenerator<ChangeEvent> {
  const after = args.afterRevision;
  if (after !== null && after !== undefined && (!Number.isInteger(after) || after < 0)) {
    throw invalid('afterRevision', 'afterRevision must be a revision number (0 or more)');
  }
  const map = await ctx.maps.open(args.mapId);
  const scope = await scopeOf(args, map);
  const live = ctx.changes.subscribe();
  // Start listening now: a subscription starts when first asked for an event.
  let pending = live.next();
  try {
    let last = -1;
    if (after !== null && after !== undefined) {
      for await (const event of replay(map, after)) {
        last = event.revision;
        const ids = await scope(event);
        if (ids) yield { ...event, ids };
      }
    }
    for (let next = await pending; !next.done; next = await pending) {
      pending = live.next();
      const event = next.value;
      if (event.mapId !== map.mapId) continue;
      // Asked again at every event: a member removed, or a map made private, stops hearing it.
      if (!(await ctx.maps.stillSees(map.mapId))) throw new NotFoundError('Map', map.mapId).at('mapId');
      if (event.revision <= last && after !== null && after !== undefined) continue;
      const ids = await scope(event);
      if (ids) yield { ...event, ids };
    }
  } finally {
    await live.return?.();
  }
}

export const Subscription: SubscriptionResolvers = {
  changes: {
    subscribe: (_parent, args, ctx) => watchChanges(args, ctx),
    resolve: (event: ChangeEvent) => event,
  },
};
