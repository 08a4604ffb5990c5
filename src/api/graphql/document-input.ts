import { DomainError, InvalidInputError } from '../../domain/errors.js';
import { coerceInputValue, GraphQLInputObjectType, GraphQLList, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import {
  COLLECTIONS,
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  DocumentRules,
  isCollection,
  normalizeGraphDocument,
  type Collection,
  type DocumentItem,
  type ExternalReference,
  type GraphDocument,
  type RawItem,
} from '../../domain/graph-document.js';

/**
 * A graph document that breaks a rule: invalid input, whose `field` names where the document came
 * from (the input field of a mutation, or the file); the message says where in the document, and
 * a rule an item broke is kept as the `cause`, with its own field path.
 */
export class GraphDocumentError extends InvalidInputError {}

/** At most this many shape problems are listed in one error. */
const PROBLEMS_MAX = 20;

function checkHeader(format: unknown, version: unknown, origin: string): void {
  if (format !== undefined && format !== DOCUMENT_FORMAT) {
    throw new GraphDocumentError(origin, `${origin}: format is "${String(format)}", expected "${DOCUMENT_FORMAT}"`);
  }
  if (version !== undefined && version !== DOCUMENT_VERSION) {
    throw new GraphDocumentError(origin, `${origin}: version ${String(version)} is not supported (expected ${DOCUMENT_VERSION})`);
  }
}

/** Coerces `value` to a GraphQL input type, or fails with the first problems, each named by its path. */
function coerce(value: unknown, type: GraphQLInputType, path: readonly (string | number)[], origin: string): unknown {
  const problems: string[] = [];
  const coerced: unknown = coerceInputValue(value, type, (at, _invalid, error) => {
    if (problems.length < PROBLEMS_MAX) problems.push(`${['input', ...path, ...at].join('.')}: ${error.message}`);
  });
  if (problems.length > 0) throw new GraphDocumentError(origin, `${origin} is not a valid graph document:\n  ${problems.join('\n  ')}`);
  return coerced;
}

/** A rule an item broke, said of the document it is in: where in the document, then what is wrong. */
function brokenRule(error: unknown, origin: string): unknown {
  if (!(error instanceof DomainError)) return error;
  return new GraphDocumentError(origin, `${origin}: ${error.field ? `${error.field}: ` : ''}${error.message}`, { cause: error });
}

/**
 * Reads a graph document from JSON with the same rules as the importGraph mutation: the
 * GraphQL input types check shapes, enums and dates; then the document rules apply.
 */
export function parseGraphDocument(
  json: unknown,
  schema: GraphQLSchema,
  origin = 'document',
): { doc: GraphDocument; external: ExternalReference[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new GraphDocumentError(origin, `${origin}: expected a JSON object with ${COLLECTIONS.join(', ')}`);
  }
  const { format, version, ...collections } = json as Record<string, unknown>;
  checkHeader(format, version, origin);
  const value = coerce(collections, schema.getType('ImportGraphInput') as GraphQLInputType, [], origin);
  try {
    return normalizeGraphDocument(value as Parameters<typeof normalizeGraphDocument>[0]);
  } catch (error) {
    throw brokenRule(error, origin);
  }
}

/** parseGraphDocument of a JSON text; text that is not JSON is refused as the document is. */
export function parseGraphDocumentText(text: string, schema: GraphQLSchema, origin = 'document'): ReturnType<typeof parseGraphDocument> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GraphDocumentError(origin, `${origin}: ${(error as Error).message}`);
  }
  return parseGraphDocument(json, schema, origin);
}

/**
 * The same rules as parseGraphDocument, for a document that arrives piece by piece (a file read
 * as a stream): each header field and each item is checked as it comes, keeping ids only; the
 * references to stored nodes are known once every item has been seen.
 */
export class GraphDocumentChecker {
  private readonly rules = new DocumentRules();
  private readonly itemTypes: ReadonlyMap<string, GraphQLInputType>;

  constructor(
    schema: GraphQLSchema,
    private readonly origin = 'document',
  ) {
    const input = schema.getType('ImportGraphInput');
    if (!(input instanceof GraphQLInputObjectType)) throw new Error('the schema has no ImportGraphInput');
    this.itemTypes = new Map(
      Object.values(input.getFields()).flatMap((field) => (field.type instanceof GraphQLList ? [[field.name, field.type.ofType]] : [])),
    );
  }

  /** A top-level field that is not a list: `format` or `version`. */
  field(name: string, value: unknown): void {
    if (name === 'format') checkHeader(value, undefined, this.origin);
    else if (name === 'version') checkHeader(undefined, value, this.origin);
    else if (!(isCollection(name) && value === null)) {
      throw new GraphDocumentError(this.origin, `${this.origin} is not a valid graph document:\n  input.${name}: expected a list of items`);
    }
  }

  /** The item at `input.<section>[index]`, checked and normalised. */
  item(section: string, index: number, raw: unknown): DocumentItem<Collection> {
    return this.check(section, index, raw, (key, value) => this.rules.item(key, index, value));
  }

  /**
   * The item normalised by its input type and validator alone, without the document's rules: for
   * a second pass over a document whose items were all checked by `item` before.
   */
  normalize(section: string, index: number, raw: unknown): DocumentItem<Collection> {
    return this.check(section, index, raw, (key, value) => DocumentRules.normalize(key, index, value));
  }

  private check(
    section: string,
    index: number,
    raw: unknown,
    apply: <K extends Collection>(key: K, value: RawItem<K>) => DocumentItem<K>,
  ): DocumentItem<Collection> {
    const type = this.itemTypes.get(section);
    if (!type || !isCollection(section)) {
      throw new GraphDocumentError(
        this.origin,
        `${this.origin} is not a valid graph document:\n  input.${section}: not a part of a graph document (expected ${COLLECTIONS.join(', ')})`,
      );
    }
    const value = coerce(raw, type, [section, index], this.origin);
    try {
      return apply(section, value as RawItem<typeof section>);
    } catch (error) {
      throw brokenRule(error, this.origin);
    }
  }

  /** The references to nodes the document does not hold (call once every item has been checked). */
  external(): ExternalReference[] {
    return this.rules.external();
  }
}
