// Reads an argmap JSON document as a stream: its header fields, then each list a page at a time.
import { TokenParser, TokenType, Tokenizer, type ParsedTokenInfo } from '@streamparser/json';
import { InterchangeError } from './common.js';

/** A top-level field that is not a list (`format`, `version`): its value. */
export interface DocumentField {
  kind: 'field';
  name: string;
  value: unknown;
}

/** Up to `pageSize` consecutive items of one top-level list; `start` is the first one's index in that list. */
export interface DocumentPage {
  kind: 'page';
  section: string;
  start: number;
  items: unknown[];
}

export type DocumentPart = DocumentField | DocumentPage;

export interface ReadJsonOptions {
  /** Items per page (at most). */
  pageSize: number;
  /** Names the input in errors. */
  origin?: string;
  /** Bytes read so far, after each chunk. */
  onBytes?: (bytes: number) => void;
}

/** Where the tokens are in the document's top-level object. */
type Place = 'before-root' | 'key' | 'colon' | 'value' | 'inside-value' | 'after-value' | 'done';

/**
 * A JSON document `{ "format": ..., "claims": [ {...}, ... ], ... }` read from its bytes as they
 * arrive: scalar top-level fields as they come, then the items of each top-level list in pages
 * of at most `pageSize`, in the order of the file. Only the page being filled (and the items one
 * chunk completes) is held, whatever the size of the document. Malformed JSON, a document that is
 * not an object, or a top-level object value stops it with an InterchangeError that gives the byte
 * offset, line and column.
 */
export async function* readJsonDocument(
  chunks: AsyncIterable<Uint8Array | string>,
  { pageSize, origin = 'document', onBytes }: ReadJsonOptions,
): AsyncGenerator<DocumentPart> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError('pageSize must be a positive whole number');
  const tokenizer = new Tokenizer();
  // keepStack: false drops each item from its list once it is emitted, so a list never grows.
  const parser = new TokenParser({ paths: ['$.*.*'], keepStack: false });
  const ready: DocumentPart[] = [];
  let page: DocumentPage | null = null;
  const flush = () => {
    if (page && page.items.length > 0) ready.push(page);
    page = null;
  };

  // The shape of the top level, followed token by token (the parser only reports the list items).
  let depth = 0;
  let place = 'before-root' as Place;
  let key = '';
  let section: string | null = null;
  let count = 0;
  let lastOffset = 0;
  const fail = (offset: number, message: string): never => {
    throw new InterchangeError(origin, `${origin}: ${message} ${where(offset)}`);
  };
  const observe = ({ token, value, offset }: ParsedTokenInfo) => {
    lastOffset = offset;
    const opens = token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET;
    const closes = token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET;
    if (place === 'before-root') {
      if (token !== TokenType.LEFT_BRACE) fail(offset, 'is not a graph document: expected a JSON object');
      place = 'key';
    } else if (depth === 1) {
      if (place === 'key' && token === TokenType.STRING) {
        key = value as string;
        place = 'colon';
      } else if (place === 'colon' && token === TokenType.COLON) {
        place = 'value';
      } else if (place === 'value') {
        if (token === TokenType.LEFT_BRACKET) {
          flush();
          section = key;
          count = 0;
          place = 'inside-value';
        } else if (token === TokenType.LEFT_BRACE) {
          fail(offset, `"${key.slice(0, 80)}" holds an object; a graph document's fields are lists of items, format and version`);
        } else {
          ready.push({ kind: 'field', name: key, value });
          place = 'after-value';
        }
      } else if (place === 'after-value' && token === TokenType.COMMA) {
        place = 'key';
      } else if (closes) {
        place = 'done';
      }
    } else if (depth === 2 && token === TokenType.RIGHT_BRACKET && place === 'inside-value') {
      flush();
      section = null;
      place = 'after-value';
    }
    if (opens) depth += 1;
    if (closes) depth -= 1;
  };
  tokenizer.onToken = (info) => {
    observe(info);
    parser.write(info);
  };
  parser.onValue = ({ value }) => {
    if (section === null) return;
    page ??= { kind: 'page', section, start: count, items: [] };
    page.items.push(value);
    count += 1;
    if (page.items.length >= pageSize) flush();
  };

  // Line and column of an offset: newlines are counted chunk by chunk as the bytes go by.
  let bytes = 0;
  let lines = 0;
  let lineStart = 0;
  let chunk: Uint8Array = new Uint8Array(0);
  let chunkStart = 0;
  const where = (offset: number) => {
    let line = lines;
    let start = lineStart;
    for (let i = 0; i < offset - chunkStart && i < chunk.length; i += 1) {
      if (chunk[i] === 0x0a) {
        line += 1;
        start = chunkStart + i + 1;
      }
    }
    return `at byte ${offset} (line ${line + 1}, column ${offset - start + 1})`;
  };
  const malformed = (error: unknown): never => {
    if (error instanceof InterchangeError) throw error;
    const detail = ((error as Error).message ?? String(error)).replace(/ at (chunk )?position.*$/, '');
    const offset = /absolute position "(\d+)"/.exec((error as Error).message)?.[1];
    return fail(offset === undefined ? lastOffset : Number(offset), `is not valid JSON (${detail})`);
  };

  const encoder = new TextEncoder();
  for await (const piece of chunks) {
    chunk = typeof piece === 'string' ? encoder.encode(piece) : piece;
    chunkStart = bytes;
    try {
      tokenizer.write(chunk);
    } catch (error) {
      malformed(error);
    }
    for (let i = 0; i < chunk.length; i += 1) {
      if (chunk[i] === 0x0a) {
        lines += 1;
        lineStart = chunkStart + i + 1;
      }
    }
    bytes += chunk.length;
    onBytes?.(bytes);
    yield* ready.splice(0);
  }
  chunk = new Uint8Array(0);
  chunkStart = bytes;
  if (place === 'before-root') fail(bytes, 'is empty: expected a JSON object');
  let complete = place === 'done';
  try {
    tokenizer.end();
  } catch {
    complete = false; // a token cut off by the end of the input
  }
  if (!complete) fail(bytes, 'is not valid JSON (it ends before the document does)');
  flush();
  yield* ready.splice(0);
}
