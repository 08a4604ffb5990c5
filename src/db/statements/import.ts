import type { GraphDocument } from '../../domain/graph-document.js';
import { noRow, param, statement } from '../statement.js';

/** Each import statement upserts one collection of a graph document, keyed by id. */
const rows = <K extends keyof GraphDocument, Extra = object>() => ({ rows: param<readonly (GraphDocument[K][number] & Extra)[]>() });
type Searchable = { searchText: string };

export const upsertIssues = statement('import/upsert-issues', rows<'issues'>(), noRow);
export const upsertActors = statement('import/upsert-actors', rows<'actors', Searchable>(), noRow);
export const upsertSources = statement('import/upsert-sources', rows<'sources'>(), noRow);
export const upsertProvisions = statement('import/upsert-provisions', rows<'provisions', Searchable>(), noRow);
export const linkProvisions = statement('import/link-provisions', rows<'provisions'>(), noRow);
export const upsertClaims = statement('import/upsert-claims', rows<'claims', Searchable>(), noRow);
export const upsertArguments = statement('import/upsert-arguments', rows<'arguments'>(), noRow);
export const linkArguments = statement('import/link-arguments', rows<'arguments'>(), noRow);
export const upsertAssertions = statement('import/upsert-assertions', rows<'assertions', Searchable>(), noRow);
export const linkReplies = statement('import/link-replies', rows<'assertions'>(), noRow);
export const linkAffiliations = statement('import/link-affiliations', rows<'affiliations'>(), noRow);
export const linkCitations = statement('import/link-citations', rows<'citations'>(), noRow);
export const linkPositions = statement('import/link-positions', rows<'positions'>(), noRow);
