import { DomainError } from '../../domain/errors.js';
import { coerceInputValue, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import {
  COLLECTIONS,
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  normalizeGraphDocument,
  type ExternalReference,
  type GraphDocument,
} from '../../domain/graph-document.js';

export class GraphDocumentError extends Error {}

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
    throw new GraphDocumentError(`${origin}: expected a JSON object with ${COLLECTIONS.join(', ')}`);
  }
  const { format, version, ...collections } = json as Record<string, unknown>;
  if (format !== undefined && format !== DOCUMENT_FORMAT) {
    throw new GraphDocumentError(`${origin}: format is "${String(format)}", expected "${DOCUMENT_FORMAT}"`);
  }
  if (version !== undefined && version !== DOCUMENT_VERSION) {
    throw new GraphDocumentError(`${origin}: version ${String(version)} is not supported (expected ${DOCUMENT_VERSION})`);
  }
  const type = schema.getType('ImportGraphInput') as GraphQLInputType;
  const problems: string[] = [];
  const value = coerceInputValue(collections, type, (path, invalid, error) => {
    if (problems.length < 20) problems.push(`${['input', ...path].join('.')}: ${error.message}`);
  });
  if (problems.length > 0) throw new GraphDocumentError(`${origin} is not a valid graph document:\n  ${problems.join('\n  ')}`);
  try {
    return normalizeGraphDocument(value as Parameters<typeof normalizeGraphDocument>[0]);
  } catch (error) {
    const field = error instanceof DomainError ? error.field : undefined;
    throw new GraphDocumentError(`${origin}: ${field ? `${field}: ` : ''}${(error as Error).message}`);
  }
}
