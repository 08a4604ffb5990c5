import type { GraphDocument } from '../../domain/graph-document.js';
import { z } from 'zod';
import { noRow, param, statement } from '../statement.js';
import type { IdsByLabel } from './revision.js';

/**
 * Each import statement upserts one collection of a graph document, keyed by id, and says which
 * nodes it changes (relationships belong to their start node): the revision log reads only those.
 */
const own = { ids: ['id'] };
const rows = <K extends keyof GraphDocument, Extra = object>() => ({ rows: param<readonly (GraphDocument[K][number] & Extra)[]>() });
type Searchable = { searchText: string };

export const upsertIssues = statement('import/upsert-issues', rows<'issues'>(), noRow, own);
export const upsertActors = statement('import/upsert-actors', rows<'actors', Searchable>(), noRow, own);
export const upsertSources = statement('import/upsert-sources', rows<'sources'>(), noRow, own);
export const upsertProvisions = statement('import/upsert-provisions', rows<'provisions', Searchable>(), noRow, own);
export const linkProvisions = statement('import/link-provisions', rows<'provisions'>(), noRow, own);
export const findProvisionCycles = statement('import/find-provision-cycles', rows<'provisions'>(), z.object({ id: z.string() }));
export const upsertClaims = statement('import/upsert-claims', rows<'claims', Searchable>(), noRow, own);
export const upsertArguments = statement('import/upsert-arguments', rows<'arguments'>(), noRow, own);
export const linkArguments = statement('import/link-arguments', rows<'arguments'>(), noRow, { ids: ['premiseIds'], referrers: ['id'] });
/** A bulk import's split of link-arguments: premise links written with their claims, then each argument's conclusion. */
export interface PremiseRow {
  claimId: string;
  premises: { argumentId: string; position: number }[];
}
export const linkPremises = statement('import/link-premises', { rows: param<readonly PremiseRow[]>() }, noRow, { ids: ['claimId'] });
export const findStalePremises = statement('import/find-stale-premises', rows<'arguments'>(), z.object({ id: z.string() }));
export const linkConclusions = statement('import/link-conclusions', rows<'arguments'>(), noRow, own);
export const upsertAssertions = statement('import/upsert-assertions', rows<'assertions', Searchable>(), noRow, own);
export const linkReplies = statement('import/link-replies', rows<'assertions'>(), noRow, own);
export const linkAffiliations = statement('import/link-affiliations', rows<'affiliations'>(), noRow, { ids: ['actorId'] });
export const linkCitations = statement('import/link-citations', rows<'citations'>(), noRow, { ids: ['claimId'] });
export const linkPositions = statement('import/link-positions', rows<'positions'>(), noRow, { ids: ['claimId'] });
/** Per other map, the document's ids it already holds: how many, and the first few by id; `merged`: this map's merged ids. */
export const findForeignIds = statement(
  'import/find-foreign-ids',
  { ids: param<IdsByLabel>() },
  z.object({ mapId: z.string(), merged: z.boolean(), count: z.number(), ids: z.array(z.string()) }),
);
