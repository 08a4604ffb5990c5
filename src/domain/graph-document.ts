import { badInput } from '../errors.js';
import { isIsoDate } from '../scalars.js';
import { idOf, optionalIdOf, optionalText, optionalUrl, requiredText } from '../validation.js';
import { checkArgument } from './arguments.js';
import type { NodeLabel } from './ids.js';
import type {
  ActorKind,
  ArgumentKind,
  AttackKind,
  CitationAttribution,
  CitationRole,
  ClaimKind,
  ProvisionKind,
  SourceKind,
  Stance,
} from './index.js';

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
    reconstructed?: boolean;
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
  citations: { claimId: string; provisionId: string; role: CitationRole; note: string | null; attribution?: CitationAttribution }[];
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
export interface ExternalReference {
  id: string;
  label: NodeLabel;
  field: string;
}

type Loose = Record<string, unknown>;
type LooseDocument = Partial<Record<(typeof COLLECTIONS)[number], readonly Loose[] | null>>;

const s = (value: unknown): string => (typeof value === 'string' ? value : '');
const sOpt = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function date(value: unknown, field: string): string | null {
  const text = sOpt(value)?.trim();
  if (!text) return null;
  if (!isIsoDate(text)) throw badInput(field, `${field} must be a calendar date written YYYY-MM-DD`);
  return text;
}

export function documentSize(doc: GraphDocument): number {
  return COLLECTIONS.reduce((sum, key) => sum + doc[key].length, 0);
}

/**
 * Checks and normalises a whole document (enum values are already checked by the GraphQL
 * input types): trimmed, bounded strings, well-formed ids unique per document, argument
 * rules, and references that resolve inside the document. References to nodes outside the
 * document are returned, for the importer to check against the database in its transaction.
 */
export function normalizeGraphDocument(input: LooseDocument): { doc: GraphDocument; external: ExternalReference[] } {
  const list = (key: (typeof COLLECTIONS)[number]): readonly Loose[] => input[key] ?? [];
  const at = (key: string, i: number, field: string) => `input.${key}[${i}].${field}`;
  const defined = new Map<string, NodeLabel>();
  const define = (label: NodeLabel, key: string, i: number, raw: unknown): string => {
    const id = idOf(label, s(raw), at(key, i, 'id'));
    if (defined.has(id)) throw badInput(at(key, i, 'id'), `"${id}" appears twice in the document`);
    defined.set(id, label);
    return id;
  };

  const doc: GraphDocument = {
    issues: list('issues').map((x, i) => ({
      id: define('Issue', 'issues', i, x.id),
      question: requiredText(s(x.question), at('issues', i, 'question'), 'question'),
    })),
    actors: list('actors').map((x, i) => ({
      id: define('Actor', 'actors', i, x.id),
      name: requiredText(s(x.name), at('actors', i, 'name'), 'name'),
      kind: x.kind as ActorKind,
      description: optionalText(sOpt(x.description), at('actors', i, 'description'), 'description'),
    })),
    affiliations: [],
    sources: list('sources').map((x, i) => ({
      id: define('Source', 'sources', i, x.id),
      title: requiredText(s(x.title), at('sources', i, 'title'), 'title'),
      kind: x.kind as SourceKind,
      publisher: optionalText(sOpt(x.publisher), at('sources', i, 'publisher'), 'publisher'),
      author: optionalText(sOpt(x.author), at('sources', i, 'author'), 'author'),
      publishedAt: date(x.publishedAt, at('sources', i, 'publishedAt')),
      url: optionalUrl(sOpt(x.url), at('sources', i, 'url')),
    })),
    provisions: list('provisions').map((x, i) => ({
      id: define('Provision', 'provisions', i, x.id),
      name: requiredText(s(x.name), at('provisions', i, 'name'), 'name'),
      kind: x.kind as ProvisionKind,
      citation: optionalText(sOpt(x.citation), at('provisions', i, 'citation'), 'citation'),
      summary: optionalText(sOpt(x.summary), at('provisions', i, 'summary'), 'summary'),
      partOfId: optionalIdOf('Provision', sOpt(x.partOfId), at('provisions', i, 'partOfId')),
    })),
    claims: list('claims').map((x, i) => ({
      id: define('Claim', 'claims', i, x.id),
      text: requiredText(s(x.text), at('claims', i, 'text'), 'text'),
      kind: x.kind as ClaimKind,
    })),
    arguments: list('arguments').map((x, i) => {
      const premiseIds = (Array.isArray(x.premiseIds) ? x.premiseIds : []).map((p: unknown, j: number) =>
        idOf('Claim', s(p), at('arguments', i, `premiseIds[${j}]`)),
      );
      const arg = {
        id: define('Argument', 'arguments', i, x.id),
        kind: x.kind as ArgumentKind,
        attackKind: (sOpt(x.attackKind) as AttackKind | null) ?? null,
        scheme: optionalText(sOpt(x.scheme), at('arguments', i, 'scheme'), 'scheme'),
        rationale: optionalText(sOpt(x.rationale), at('arguments', i, 'rationale'), 'rationale'),
        reconstructed: x.reconstructed === true,
        premiseIds,
        conclusionId: optionalIdOf('Claim', sOpt(x.conclusionId), at('arguments', i, 'conclusionId')),
        targetArgumentId: optionalIdOf('Argument', sOpt(x.targetArgumentId), at('arguments', i, 'targetArgumentId')),
      };
      arg.attackKind = checkArgument(arg, `input.arguments[${i}].`);
      if (arg.targetArgumentId === arg.id) {
        throw badInput(at('arguments', i, 'targetArgumentId'), 'An argument cannot undercut itself');
      }
      return arg;
    }),
    assertions: list('assertions').map((x, i) => {
      const claimId = optionalIdOf('Claim', sOpt(x.claimId), at('assertions', i, 'claimId'));
      const argumentId = optionalIdOf('Argument', sOpt(x.argumentId), at('assertions', i, 'argumentId'));
      if ((claimId === null) === (argumentId === null)) {
        throw badInput(at('assertions', i, 'claimId'), 'An assertion is of exactly one claim or one argument: give claimId or argumentId');
      }
      return {
        id: define('Assertion', 'assertions', i, x.id),
        actorId: idOf('Actor', s(x.actorId), at('assertions', i, 'actorId')),
        claimId,
        argumentId,
        sourceId: optionalIdOf('Source', sOpt(x.sourceId), at('assertions', i, 'sourceId')),
        quote: optionalText(sOpt(x.quote), at('assertions', i, 'quote'), 'quote'),
        date: date(x.date, at('assertions', i, 'date')),
      };
    }),
    citations: list('citations').map((x, i) => ({
      claimId: idOf('Claim', s(x.claimId), at('citations', i, 'claimId')),
      provisionId: idOf('Provision', s(x.provisionId), at('citations', i, 'provisionId')),
      role: x.role as CitationRole,
      note: optionalText(sOpt(x.note), at('citations', i, 'note'), 'note'),
      attribution: (sOpt(x.attribution) as CitationAttribution | null) ?? 'SPEAKER',
    })),
    positions: list('positions').map((x, i) => ({
      claimId: idOf('Claim', s(x.claimId), at('positions', i, 'claimId')),
      issueId: idOf('Issue', s(x.issueId), at('positions', i, 'issueId')),
      stance: x.stance as Stance,
    })),
  };
  doc.affiliations = list('affiliations').map((x, i) => {
    const actorId = idOf('Actor', s(x.actorId), at('affiliations', i, 'actorId'));
    const organizationId = idOf('Actor', s(x.organizationId), at('affiliations', i, 'organizationId'));
    if (actorId === organizationId) throw badInput(at('affiliations', i, 'organizationId'), 'An actor cannot be affiliated with itself');
    return { actorId, organizationId, role: optionalText(sOpt(x.role), at('affiliations', i, 'role'), 'role') };
  });

  const external = new Map<string, ExternalReference>();
  const ref = (id: string | null, label: NodeLabel, field: string) => {
    if (id === null || defined.get(id) === label) return;
    if (!external.has(id)) external.set(id, { id, label, field });
  };
  doc.provisions.forEach((p, i) => ref(p.partOfId, 'Provision', at('provisions', i, 'partOfId')));
  doc.arguments.forEach((a, i) => {
    a.premiseIds.forEach((p, j) => ref(p, 'Claim', at('arguments', i, `premiseIds[${j}]`)));
    ref(a.conclusionId, 'Claim', at('arguments', i, 'conclusionId'));
    ref(a.targetArgumentId, 'Argument', at('arguments', i, 'targetArgumentId'));
  });
  doc.assertions.forEach((a, i) => {
    ref(a.actorId, 'Actor', at('assertions', i, 'actorId'));
    ref(a.claimId, 'Claim', at('assertions', i, 'claimId'));
    ref(a.argumentId, 'Argument', at('assertions', i, 'argumentId'));
    ref(a.sourceId, 'Source', at('assertions', i, 'sourceId'));
  });
  doc.affiliations.forEach((a, i) => {
    ref(a.actorId, 'Actor', at('affiliations', i, 'actorId'));
    ref(a.organizationId, 'Actor', at('affiliations', i, 'organizationId'));
  });
  doc.citations.forEach((c, i) => {
    ref(c.claimId, 'Claim', at('citations', i, 'claimId'));
    ref(c.provisionId, 'Provision', at('citations', i, 'provisionId'));
  });
  doc.positions.forEach((p, i) => {
    ref(p.claimId, 'Claim', at('positions', i, 'claimId'));
    ref(p.issueId, 'Issue', at('positions', i, 'issueId'));
  });
  return { doc, external: [...external.values()] };
}
