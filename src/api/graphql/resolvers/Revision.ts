import type {
  ChangeResolvers,
  NodeStateResolvers,
  QueryResolvers,
  MutationResolvers,
  RevisionResolvers,
} from '../../../generated/graphql.js';
import type { NodeDocument } from '../../../domain/revisions.js';
import { invalid, NotFoundError } from '../../../domain/errors.js';
import { optionalAnyIdOf } from '../../../domain/validation.js';
import { pageRequest, toConnection, type ConnectionArgs } from '../connection.js';
import type { Context } from '../context.js';
import { roleAtLeast, type Author, type AuthorKind, type Reader } from '../../../domain/people.js';
import { describeReader } from '../auth.js';
import { forbidden } from '../errors.js';

const MAX_CHANGES = 100;

const propertyValues = (props: NodeDocument['props']) => props.map((p) => ({ key: p.key, value: JSON.stringify(p.value) }));

/** Every property and relationship of a state as `key → value`, relationships as `TYPE->id`. */
function entries(state: NodeDocument | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of state?.props ?? []) out.set(p.key, JSON.stringify(p.value));
  for (const r of state?.out ?? []) out.set(`${r.type}->${r.to}`, JSON.stringify(r.props));
  return out;
}

/** Who wrote a revision; one written before authors were recorded names its key, or the service (`system`). */
export function authorOfRevision(revision: { keyName: string; authorKind: AuthorKind | null; authorUserId: string | null }): Author {
  return {
    kind: revision.authorKind ?? (revision.keyName === 'system' ? 'SYSTEM' : 'KEY'),
    name: revision.keyName,
    userId: revision.authorUserId,
  };
}

export const Revision: RevisionResolvers = {
  author: (revision) => authorOfRevision(revision),
  nodeIds: (revision, _args, ctx) => revision.nodeIds ?? ctx.maps.of(revision).loaders.nodeIdsOfRevision.load(revision.revision),
  changes: (revision, { nodeId, first }, ctx) => {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHANGES) throw invalid('first', `first must be 1 to ${MAX_CHANGES}`);
    return ctx.maps.of(revision).loaders.changesOfRevision.load({
      revision: revision.revision,
      nodeId: optionalAnyIdOf(nodeId, 'nodeId'),
      limit,
    });
  },
};

export const Change: ChangeResolvers = {
  kind: (change) => (change.before === null ? 'CREATED' : change.after === null ? 'DELETED' : 'UPDATED'),
  differences: (change) => {
    const before = entries(change.before);
    const after = entries(change.after);
    const keys = new Set([...before.keys(), ...after.keys()]);
    return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
  },
};

export const NodeState: NodeStateResolvers = {
  properties: (state) => propertyValues(state.props),
  relationships: (state) => state.out.map((r) => ({ type: r.type, to: r.to, properties: propertyValues(r.props) })),
};

/** `history` on every node type: the revisions that changed it, one round trip for every node of a page. */
export const history = async (node: { id: string }, args: ConnectionArgs, ctx: Context) =>
  toConnection(await ctx.loaders.revisionPagesByNode.load({ id: node.id, page: pageRequest(args) }));

export const revisions: QueryResolvers['revisions'] = async (_parent, { mapId, nodeId, keyName, since, until, ...paging }, ctx) =>
  toConnection(
    await (
      await ctx.maps.open(mapId)
    ).repos.revisions.listRevisions(
      {
        nodeId: optionalAnyIdOf(nodeId, 'nodeId'),
        keyName: keyName ?? null,
        since: since ?? null,
        until: until ?? null,
      },
      pageRequest(paging),
    ),
  );

export const currentRevision: QueryResolvers['currentRevision'] = async (_parent, { mapId }, ctx) =>
  (await ctx.maps.open(mapId)).repos.revisions.currentRevision();

/**
 * Whether a reader wrote a revision themselves: the same user, or the same key (by name). An
 * EDITOR may undo their own changes (the explorer's Undo); another's take an ADMIN.
 */
function wroteIt(reader: Reader, revision: Parameters<typeof authorOfRevision>[0]): boolean {
  const author = authorOfRevision(revision);
  if (reader.kind === 'USER') return author.kind === 'USER' && author.userId === reader.userId;
  if (reader.kind === 'KEY') return author.kind === 'KEY' && author.name === reader.keyName;
  return false;
}

export const revert: MutationResolvers['revert'] = async (_parent, { mapId, revision, force }, ctx) => {
  if (!Number.isInteger(revision) || revision < 1) throw invalid('revision', 'revision must be a revision number (1 or more)');
  const map = await ctx.maps.open(mapId);
  if (!roleAtLeast(map.role, 'ADMIN')) {
    const target = await map.repos.revisions.findRevision(revision);
    if (!target) throw new NotFoundError('Revision', String(revision)).at('revision');
    if (!wroteIt(ctx.reader, target)) {
      throw forbidden(
        `revert of revision ${revision}, which ${target.keyName} wrote, needs the ADMIN role in ${map.mapId}; ${describeReader(ctx.reader)} has ${map.role ?? 'no role there'} and may revert only their own revisions`,
      );
    }
    if (force) {
      throw forbidden(
        `revert with force overwrites later changes of others: it needs the ADMIN role in ${map.mapId}; ${describeReader(ctx.reader)} has ${map.role ?? 'no role there'}`,
      );
    }
  }
  const result = await map.repos.revisions.revert({ revision, force: force ?? false });
  return { revision: result.revision, reverted: revision, nodeIds: result.nodeIds };
};
