import type { SourceKind } from '../../domain/index.js';
import { itemRow, pageRow, sourceShape } from '../shapes.js';
import { mutation, param, statement } from '../statement.js';
import { pageParams } from './page.js';

export const findSourcesByIds = statement('source/find-sources-by-ids', { ids: param<readonly string[]>() }, itemRow(sourceShape));
export const listSources = statement('source/list-sources', pageParams, pageRow(sourceShape));
export const createSource = mutation(
  'source/create-source',
  {
    id: param<string>(),
    title: param<string>(),
    kind: param<SourceKind>(),
    publisher: param<string | null>(),
    author: param<string | null>(),
    publishedAt: param<string | null>(),
    url: param<string | null>(),
  },
  itemRow(sourceShape),
);
