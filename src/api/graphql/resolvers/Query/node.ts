import type { QueryResolvers } from '../../../../generated/graphql.js';
import { labelOfId } from '../../../../domain/ids.js';
import { invalid } from '../../../../domain/errors.js';
import { loadNode } from '../../node-loading.js';
import { revisionNumberOf } from '../../../../domain/revisions.js';

export const node: QueryResolvers['node'] = (_parent, { id }, ctx) => {
  const revision = revisionNumberOf(id);
  if (revision !== null) return ctx.repos.revisions.findRevision(revision);
  const label = labelOfId(id.trim());
  if (!label) throw invalid('id', `"${id.slice(0, 140)}" is not a valid id (e.g. "claim:citizens-cannot-be-deported")`);
  return loadNode(ctx, label, id.trim());
};
