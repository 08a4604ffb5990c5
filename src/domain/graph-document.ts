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

/** A list of a graph document: `claims`, `arguments`, ... */
export type Collection = (typeof COLLECTIONS)[number];

export const isCollection = (name: string): name is Collection => (COLLECTIONS as readonly string[]).includes(name);

/** An item of a document as it arrives, and as it is once checked. */
export type RawItem<K extends Collection> = NonNullable<RawGraphDocument[K]>[number];
export type DocumentItem<K extends Collection> = GraphDocument[K][number];

/** The node label each list with ids defines. */
const LABELS: Partial<Record<Collection, NodeLabel>> = {
  issues: 'Issue',
  actors: 'Actor',
  sources: 'Source',
  provisions: 'Provision',
  claims: 'Claim',
  arguments: 'Argument',
  assertions: 'Assertion',
};

type Validated<K extends Collection> = {
  item: DocumentItem<K> | (Omit<DocumentItem<K>, 'id'> & { id: string | null });
  references: InputReference[];
};

/** Each list's validator (the same per entity as the create mutations), with the references it makes. */
const VALIDATORS: { [K in Collection]: (raw: RawItem<K>, at: string) => Validated<K> } = {
  issues: (x, at) => ({ item: validateIssue(x, at), references: [] }),
  actors: (x, at) => ({ item: validateActor(x, at), references: [] }),
  affiliations: (x, at) => {
    const { affiliation, references } = validateAffiliation(x, at);
    return { item: affiliation, references };
  },
  sources: (x, at) => ({ item: validateSource(x, at), references: [] }),
  provisions: (x, at) => {
    const { provision, references } = validateProvision(x, at);
    return { item: provision, references };
  },
  claims: (x, at) => ({ item: validateClaim(x, at), references: [] }),
  arguments: (x, at) => {
    const { argument, references } = validateArgument(x, at);
    return { item: argument, references };
  },
  assertions: (x, at) => {
    const { assertion, references } = validateAssertion(x, at);
    return { item: assertion, references };
  },
  citations: (x, at) => {
    const { citation, references } = validateCitation(x, at);
    return { item: citation, references };
  },
  positions: (x, at) => {
    const { position, references } = validatePosition(x, at);
    return { item: position, references };
  },
};

/** An item checked by its validator, with its id required (for the lists whose items are nodes). */
function validated<K extends Collection>(key: K, index: number, raw: RawItem<K>): { item: DocumentItem<K>; references: InputReference[] } {
  const at = `input.${key}[${index}].`;
  const { item, references } = VALIDATORS[key](raw, at);
  if (LABELS[key] && (item as { id: string | null }).id === null) throw invalid(`${at}id`, `${at}id is required in a graph document`);
  return { item: item as DocumentItem<K>, references };
}

/**
 * The rules of a graph document, applied item by item in any order: each item is checked by its
 * entity's validator; every node has its id, once; a reference resolves to a node of the
 * document (before or after it) or, once the whole document has been seen, is one of the
 * `external()` references, for the importer to check against the database. It keeps ids only,
 * never items, so a document of any size can be checked as it streams past.
 */
export class DocumentRules {
  private readonly defined = new Map<string, NodeLabel>();
  /** References not resolved when they were met, the first per id (most resolve at once). */
  private readonly unresolved = new Map<string, InputReference>();
  /** Each provision's parent, with the item's index: PART_OF may not go round in a cycle. */
  private readonly parents = new Map<string, { partOfId: string; index: number }>();
  /** Each claim's stance on each issue: a claim answers a question one way. */
  private readonly stances = new Map<string, string>();

  /** Checks the item at `input.<key>[index]` and returns it normalised. */
  item<K extends Collection>(key: K, index: number, raw: RawItem<K>): DocumentItem<K> {
    const { item, references } = validated(key, index, raw);
    const label = LABELS[key];
    if (label) {
      const { id } = item as { id: string };
      const field = `input.${key}[${index}].id`;
      if (this.defined.has(id)) throw invalid(field, `"${id}" appears twice in the document`);
      this.defined.set(id, label);
    }
    for (const ref of references) {
      if (this.defined.get(ref.id) !== ref.label && !this.unresolved.has(ref.id)) this.unresolved.set(ref.id, ref);
    }
    if (key === 'provisions') {
      const { id, partOfId } = item as DocumentItem<'provisions'>;
      if (partOfId) this.parents.set(id, { partOfId, index });
    }
    if (key === 'positions') {
      const { claimId, issueId, stance } = item as DocumentItem<'positions'>;
      const pair = `${claimId} ${issueId}`;
      const earlier = this.stances.get(pair);
      if (earlier !== undefined && earlier !== stance) {
        throw invalid(
          `input.positions[${index}].stance`,
          `"${claimId}" is given both ${earlier} and ${stance} on "${issueId}"; a claim takes one stance on an issue`,
        );
      }
      this.stances.set(pair, stance);
    }
    return item;
  }

  /** Refuses provisions that are, through PART_OF, part of themselves. */
  private checkProvisionCycles(): void {
    const settled = new Set<string>();
    for (const start of this.parents.keys()) {
      const path = new Set<string>();
      let at: string | undefined = start;
      while (at !== undefined && !settled.has(at)) {
        if (path.has(at)) {
          const { index } = this.parents.get(at)!;
          const cycle = [...path].slice([...path].indexOf(at));
          throw invalid(
            `input.provisions[${index}].partOfId`,
            `Provisions cannot be part of each other in a cycle: ${[...cycle, at].map((id) => `"${id}"`).join(' is part of ')}`,
          );
        }
        path.add(at);
        at = this.parents.get(at)?.partOfId;
      }
      for (const id of path) settled.add(id);
    }
  }

  /** The item normalised by its validator alone, for a document whose rules were checked before (a second pass over a file). */
  static normalize<K extends Collection>(key: K, index: number, raw: RawItem<K>): DocumentItem<K> {
    return validated(key, index, raw).item;
  }

  /** How many nodes the document defines so far. */
  get nodes(): number {
    return this.defined.size;
  }

  /**
   * Once the whole document has been seen: the rules that need all of it (no PART_OF cycle), and
   * the references to nodes the document does not hold, which must already be stored.
   */
  external(): ExternalReference[] {
    this.checkProvisionCycles();
    return [...this.unresolved.values()].filter((ref) => this.defined.get(ref.id) !== ref.label);
  }
}

/**
 * Checks and normalises a whole document with the same validator per entity as the create
 * mutations, then the rules of a document (see DocumentRules). References to nodes outside the
 * document are returned, for the importer to check against the database in its transaction.
 */
export function normalizeGraphDocument(input: RawGraphDocument): { doc: GraphDocument; external: ExternalReference[] } {
  const rules = new DocumentRules();
  const list = <K extends Collection>(key: K): DocumentItem<K>[] =>
    ((input[key] ?? []) as readonly RawItem<K>[]).map((raw, i) => rules.item(key, i, raw));
  const doc: GraphDocument = {
    issues: list('issues'),
    actors: list('actors'),
    affiliations: list('affiliations'),
    sources: list('sources'),
    provisions: list('provisions'),
    claims: list('claims'),
    arguments: list('arguments'),
    assertions: list('assertions'),
    citations: list('citations'),
    positions: list('positions'),
  };
  return { doc, external: rules.external() };
}

/** A graph document to be written piece by piece: its header fields, then each list, page by page. */
export interface DocumentSections {
  header: Record<string, unknown>;
  sections: [name: string, pages: AsyncIterable<object[]>][];
}
