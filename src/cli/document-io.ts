import { readFile } from 'node:fs/promises';
import type { GraphQLSchema } from 'graphql';
import { GraphDocumentError, parseGraphDocument } from '../api/graphql/document-input.js';

export { GraphDocumentError, parseGraphDocument };

export async function readGraphDocument(file: string, schema: GraphQLSchema) {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new GraphDocumentError(`${file}: ${(error as Error).message}`);
  }
  return parseGraphDocument(json, schema, file);
}
