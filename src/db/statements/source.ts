import type { SourceKind } from '../../domain/index.js';
import { deletionRow, itemRow, pageRow, sourceShape } from '../shapes.js';
import { mutation, param, statement } from '../statement.js';
import { pageParams } from './page.js';

export const findSourcesByIds = statement('source/find-sources-by-ids', { ids: param<readonly string[]>() }, itemRow(sourceShape));
export const listSources = statement('source/list-sources', pageParams, pageRow(sourceShape));
/** A source's fields, as a create or an update writes them. */
const sourceFields = {
  id: param<string>(),
  title: param<string>(),
  kind: param<SourceKind>(),
  publisher: param<string | null>(),
  author: param<string | null>(),
  publishedAt: param<string | null>(),
  url: param<string | null>(),
};
export const createSource = mutation('source/create-source', sourceFields, itemRow(sourceShape));
export const updateSource = mutation('source/update-source', sourceFields, itemRow(sourceShape));
export const findSourceDeletion = statement('source/find-source-deletion', { id: param<string>() }, deletionRow);
