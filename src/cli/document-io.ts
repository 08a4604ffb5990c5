import { readFile } from 'node:fs/promises';
import type { GraphQLSchema } from 'graphql';
import { GraphDocumentError, parseGraphDocument, parseGraphDocumentText } from '../api/graphql/document-input.js';

export { GraphDocumentError, parseGraphDocument };

export async function readGraphDocument(file: string, schema: GraphQLSchema) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new GraphDocumentError(file, `${file}: ${(error as Error).message}`);
  }
  return parseGraphDocumentText(text, schema, file);
}
