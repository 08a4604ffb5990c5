import { invalid } from './errors.js';
import type { NodeLabel } from './ids.js';
import { validateActor, validateAffiliation, type RawActor } from './validate/actor.js';
import { validateArgument, type RawArgument } from './validate/argument.js';
import { validateAssertion, type RawAssertion } from './validate/assertion.js';
import { validateCitation, type RawCitation } from './validate/citation.js';
import { validateClaim, type RawClaim } from './validate/claim.js';
import { validateIssue } from './validate/issue.js';
import { validatePosition, type RawPosition } from './validate/position.js';
import { validateProvision, type RawProvision } from './validate/provision.js';
import { validateSource, type RawSource } from './validate/source.js';
import type { InputReference } from './validation.js';
import type { ActorKind, ArgumentKind, AttackKind, CitationRole, ClaimKind, ProvisionKind, SourceKind, Stance } from './index.js';

/** The argmap graph document: what importGraph takes and `argmap export --format json` writes. */
export interface GraphDocument {
  issues: { id: string; question: string }[];
  actors: { id: string; name: string; kind: ActorKind; description: string | null }[];
  affiliations: { actorId: string; organizationId: string; role: string | null }[];
  sources: {
    id: string;
    title: string;
    kind: SourceKind;
    publisher: string | null;
    author: string | null;
    publishedAt: string | null;
    url: string | null;
  }[];
  provisions: {
    id: string;
    name: string;
    kind: ProvisionKind;
    citation: string | null;
    summary: string | null;
    partOfId: string | null;
  }[];
  claims: { id: string; text: string; kind: ClaimKind }[];
  arguments: {
    id: string;
    kind: ArgumentKind;
    attackKind: AttackKind | null;
    scheme: string | null;
    rationale: string | null;
    premiseIds: string[];
    conclusionId: string | null;
    targetArgumentId: string | null;
  }[];
  assertions: {
    id: string;
    actorId: string;
    claimId: string | null;
    argumentId: string | null;
    sourceId: string | null;
    quote: string | null;
    date: string | null;
  }[];
  citations: { claimId: string; provisionId: string; role: CitationRole; note: string | null }[];
  positions: { claimId: string; issueId: string; stance: Stance }[];
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
