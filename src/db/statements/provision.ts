import type { ProvisionKind } from '../../domain/index.js';
import { z } from 'zod';
import { citationShape, deletionRow, itemRow, keyedRow, pageRow, provisionShape } from '../shapes.js';
import { mutation, param, statement } from '../statement.js';
import { pageParams } from './page.js';

const ids = param<readonly string[]>();

export const findProvisionsByIds = statement('provision/find-provisions-by-ids', { ids }, itemRow(provisionShape));
export const findPartsByProvisionIds = statement('provision/find-parts-by-provision-ids', { ids }, keyedRow(provisionShape));
export const findCitationsByProvisionIds = statement('provision/find-citations-by-provision-ids', { ids }, keyedRow(citationShape));
export const listProvisions = statement(
  'provision/list-provisions',
  { nameContains: param<string | null>(), kind: param<ProvisionKind | null>(), ...pageParams },
  pageRow(provisionShape),
);
/** A provision's fields and parent, as a create or an update writes them. */
const provisionFields = {
  id: param<string>(),
  name: param<string>(),
  kind: param<ProvisionKind>(),
  citation: param<string | null>(),
  summary: param<string | null>(),
  partOfId: param<string | null>(),
  searchText: param<string>(),
};
export const createProvision = mutation('provision/create-provision', provisionFields, itemRow(provisionShape));
export const updateProvision = mutation('provision/update-provision', provisionFields, itemRow(provisionShape));
export const findPartCycles = statement('provision/find-part-cycles', { id: param<string>() }, z.object({ id: z.string() }));
export const findProvisionDeletion = statement('provision/find-provision-deletion', { id: param<string>() }, deletionRow);
