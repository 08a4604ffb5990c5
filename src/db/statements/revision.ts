import { z } from 'zod';
import { labelOfId, NODE_LABELS, type NodeLabel } from '../../domain/ids.js';
import { AUTHOR_KINDS, type AuthorKind } from '../../domain/people.js';
import { keyedPageRow, pageRow } from '../shapes.js';
import { param, statement } from '../statement.js';
import { pageParams } from './page.js';

const ids = param<readonly string[]>();

/** A property as the log keeps it: its key, its Cypher type (`valueType`) and its value. */
export const typedValue = z.object({ key: z.string(), type: z.string(), value: z.unknown() });
export type TypedValue = z.output<typeof typedValue>;

export const documentRow = z.object({
  id: z.string(),
  label: z.enum(NODE_LABELS),
  props: z.array(typedValue),
  out: z.array(z.object({ type: z.string(), to: z.string(), props: z.array(typedValue) })),
});

/** Node ids grouped by label, as the statements that look nodes up by id across labels take them (one seek an id). */
export type IdsByLabel = Record<NodeLabel, string[]>;

/** Groups well-formed ids by the label their prefix names; others are left out (no node has them). */
export function byLabel(ids: Iterable<string>): IdsByLabel {
  const grouped = Object.fromEntries(NODE_LABELS.map((label) => [label, [] as string[]])) as IdsByLabel;
  for (const id of ids) {
    const label = labelOfId(id);
    if (label) grouped[label].push(id);
  }
  return grouped;
}

// find-documents answers tuples (cypher/fragments/document-props.cypher), a datetime as epoch
// milliseconds: read back here into the shape of `documentRow`, a datetime as ISO text.
const propTuple = z.tuple([z.string(), z.string(), z.unknown()]).transform(([key, type, value]): TypedValue => ({
  key,
  type,
  value: typeof value === 'number' && type.startsWith('ZONED DATETIME') ? new Date(value).toISOString() : value,
}));
const documentTupleRow = z.object({
  id: z.string(),
  label: z.enum(NODE_LABELS),
  props: z.array(propTuple),
  out: z.array(z.tuple([z.string(), z.string(), z.array(propTuple)]).transform(([type, to, props]) => ({ type, to, props }))),
});

export const findDocuments = statement('revision/find-documents', { ids: param<IdsByLabel>() }, documentTupleRow);
export const findReferrers = statement('revision/find-referrers', { ids: param<IdsByLabel>() }, z.object({ id: z.string() }));

/** One node's change as stored: its document before and after, as JSON (null: it did not exist). */
export interface StoredChange {
  nodeId: string;
  label: string;
  before: string | null;
  after: string | null;
}

export const recordRevision = statement(
  'revision/record-revision',
  {
    revision: param<number>(),
    epoch: param<string>(),
    keyName: param<string>(),
    authorKind: param<AuthorKind>(),
    authorUserId: param<string | null>(),
    operation: param<string>(),
    nodeIds: ids,
    changes: param<readonly StoredChange[]>(),
  },
  z.object({ revision: z.number(), at: z.string() }),
);

export const revisionShape = z.object({
  mapId: z.string(),
  revision: z.number(),
  at: z.string(),
  keyName: z.string(),
  /** Null in revisions written before authors were recorded (see Revision.author). */
  authorKind: z.enum(AUTHOR_KINDS).nullable(),
  authorUserId: z.string().nullable(),
  operation: z.string(),
  nodeIds: z.array(z.string()),
});

export const listRevisions = statement(
  'revision/list-revisions',
  {
    nodeId: param<string | null>(),
    keyName: param<string | null>(),
    since: param<string | null>(),
    until: param<string | null>(),
    ...pageParams,
  },
  pageRow(revisionShape),
);

const changeShape = z.object({
  revision: z.number(),
  nodeId: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const findChanges = statement(
  'revision/find-changes',
  { revisions: param<readonly number[]>(), nodeId: param<string | null>(), limit: param<number>() },
  changeShape,
);
export const listRevisionsByNodeIds = statement(
  'revision/list-revisions-by-node-ids',
  { ids, ...pageParams },
  keyedPageRow(revisionShape.omit({ nodeIds: true })),
);
export const findNodeIds = statement(
  'revision/find-node-ids',
  { revisions: param<readonly number[]>() },
  z.object({ revision: z.number(), nodeIds: z.array(z.string()) }),
);
export const findLaterChanges = statement(
  'revision/find-later-changes',
  { ids, revision: param<number>() },
  z.object({ revision: z.number() }),
);
export const findDocumentsAt = statement(
  'revision/find-documents-at',
  { ids, revision: param<number>() },
  z.object({ id: z.string(), changedSince: z.boolean(), before: z.string().nullable() }),
);
export const findRevisionAt = statement(
  'revision/find-revision-at',
  { at: param<string>() },
  z.object({ revision: z.number().nullable(), current: z.number() }),
);

/** A node to put back: no label means it must not exist. */
export interface RestoreDocument {
  id: string;
  label: string | null;
  props: readonly TypedValue[];
  out: readonly { type: string; to: string; toLabel: string; props: readonly TypedValue[] }[];
}

export const restoreNodes = statement(
  'revision/restore-nodes',
  { documents: param<readonly RestoreDocument[]>() },
  z.object({ restored: z.number() }),
);
export const restoreRelationships = statement(
  'revision/restore-relationships',
  { documents: param<readonly RestoreDocument[]>() },
  z.object({ restored: z.number() }),
);

export const findEvaluationDocuments = statement('revision/find-evaluation-documents', {}, documentRow);
export const findAllDocuments = statement('revision/find-all-documents', {}, documentRow);
export const findStatesAfter = statement(
  'revision/find-states-after',
  { revision: param<number>(), labels: param<readonly NodeLabel[]>() },
  z.object({ id: z.string(), before: z.string().nullable() }),
);
