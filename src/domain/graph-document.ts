import { invalid } from './errors.js';
import type { NodeLabel } from './ids.js';
import { validateActor, validateAffiliation, type RawActor, type ValidActor, type ValidAffiliation } from './validate/actor.js';
import { validateArgument, type RawArgument, type ValidArgument } from './validate/argument.js';
import { validateAssertion, type RawAssertion, type ValidAssertion } from './validate/assertion.js';
import { validateCitation, type RawCitation, type ValidCitation } from './validate/citation.js';
import { validateClaim, type RawClaim, type ValidClaim } from './validate/claim.js';
import { validateIssue, type ValidIssue } from './validate/issue.js';
import { validatePosition, type RawPosition, type ValidPosition } from './validate/position.js';
import { validateProvision, type RawProvision, type ValidProvision } from './validate/provision.js';
import { validateSource, type RawSource, type ValidSource } from './validate/source.js';
import type { InputReference } from './validation.js';

/** An item of a document: what its entity's validator returns, with its id given. */
type WithId<T> = Omit<T, 'id'> & { id: string };

/** The argmap graph document: what importGraph takes and `argmap export --format json` writes. */
export interface GraphDocument {
  issues: WithId<ValidIssue>[];
  actors: WithId<ValidActor>[];
  affiliations: ValidAffiliation[];
  sources: WithId<ValidSource>[];
  provisions: WithId<ValidProvision>[];
  claims: WithId<ValidClaim>[];
  arguments: WithId<ValidArgument>[];
  assertions: WithId<ValidAssertion>[];
  citations: ValidCitation[];
  positions: ValidPosition[];
}

export const DOCUMENT_FORMAT = 'argmap-graph';
export const DOCUMENT_VERSION = 1;
export const COLLECTIONS = [
  'issues',
  'actors',
  'affiliations',
  'sources',
  'provisions',
  'claims',
  'arguments',
  'assertions',
  'citations',
  'positions',
] as const;

/** A reference the document makes to a node it does not itself contain: it must already be stored. */
export type ExternalReference = InputReference;

/** A document as it arrives: collections of raw items, each checked by its entity's validator. */
export interface RawGraphDocument {
  issues?: readonly RawIssue[] | null;
  actors?: readonly RawActor[] | null;
  affiliations?: readonly { actorId: string; organizationId: string; role?: string | null }[] | null;
  sources?: readonly RawSource[] | null;
  provisions?: readonly RawProvision[] | null;
  claims?: readonly RawClaim[] | null;
  arguments?: readonly RawArgument[] | null;
  assertions?: readonly RawAssertion[] | null;
  citations?: readonly RawCitation[] | null;
  positions?: readonly RawPosition[] | null;
}
type RawIssue = { id?: string | null; question: unknown };

export function documentSize(doc: GraphDocument): number {
  return COLLECTIONS.reduce((sum, key) => sum + doc[key].length, 0);
}

/**
 * Checks and normalises a whole document with the same validator per entity as the create
 * mutations, then the rules of a document: every node has its id, once; references resolve
 * inside the document. References to nodes outside the document are returned, for the
 * importer to check against the database in its transaction.
 */
export function normalizeGraphDocument(input: RawGraphDocument): { doc: GraphDocument; external: ExternalReference[] } {
  const at = (key: string, i: number) => `input.${key}[${i}].`;
  const defined = new Map<string, NodeLabel>();
  const references: InputReference[] = [];
  const define = <T extends { id: string | null }>(label: NodeLabel, key: string, i: number, item: T): T & { id: string } => {
    const field = `${at(key, i)}id`;
    if (item.id === null) throw invalid(field, `${field} is required in a graph document`);
    if (defined.has(item.id)) throw invalid(field, `"${item.id}" appears twice in the document`);
    defined.set(item.id, label);
    return item as T & { id: string };
  };
  const refs = <T>(valid: { references: InputReference[] } & T): T => {
    references.push(...valid.references);
    return valid;
  };

  const doc: GraphDocument = {
    issues: (input.issues ?? []).map((x, i) => define('Issue', 'issues', i, validateIssue(x, at('issues', i)))),
    actors: (input.actors ?? []).map((x, i) => define('Actor', 'actors', i, validateActor(x, at('actors', i)))),
    affiliations: (input.affiliations ?? []).map((x, i) => refs(validateAffiliation(x, at('affiliations', i))).affiliation),
    sources: (input.sources ?? []).map((x, i) => define('Source', 'sources', i, validateSource(x, at('sources', i)))),
    provisions: (input.provisions ?? []).map((x, i) =>
      define('Provision', 'provisions', i, refs(validateProvision(x, at('provisions', i))).provision),
    ),
    claims: (input.claims ?? []).map((x, i) => define('Claim', 'claims', i, validateClaim(x, at('claims', i)))),
    arguments: (input.arguments ?? []).map((x, i) =>
      define('Argument', 'arguments', i, refs(validateArgument(x, at('arguments', i))).argument),
    ),
    assertions: (input.assertions ?? []).map((x, i) =>
      define('Assertion', 'assertions', i, refs(validateAssertion(x, at('assertions', i))).assertion),
    ),
    citations: (input.citations ?? []).map((x, i) => refs(validateCitation(x, at('citations', i))).citation),
    positions: (input.positions ?? []).map((x, i) => refs(validatePosition(x, at('positions', i))).position),
  };

  const external = new Map<string, ExternalReference>();
  for (const ref of references) {
    if (defined.get(ref.id) !== ref.label && !external.has(ref.id)) external.set(ref.id, ref);
  }
  return { doc, external: [...external.values()] };
}

/** A graph document to be written piece by piece: its header fields, then each list, page by page. */
export interface DocumentSections {
  header: Record<string, unknown>;
  sections: [name: string, pages: AsyncIterable<object[]>][];
}
