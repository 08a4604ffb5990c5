import type { ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { clientAddressOf, sendError, type Route } from './server.js';
import { ErrorCode } from '../graphql/errors.js';
import { identify, type Credentials } from '../graphql/auth.js';
import { GraphQLError } from 'graphql';
import type { Reader } from '../../domain/people.js';
import { callerOf, type RateLimits } from '../rate-limits.js';
import { BusyError, InvalidInputError, NotFoundError, TooComplexError, UnavailableError } from '../../domain/errors.js';
import type { HeavyGate } from '../heavy-gate.js';
import { labelOfId } from '../../domain/ids.js';
import { DEFAULT_MAP_ID, mapSlugOf } from '../../domain/maps.js';
import type { Repositories } from '../../repositories/index.js';
import { GRAPH_DEPTH_MAX, pastPoint } from '../../domain/validation.js';
import type { StatementReader } from '../../repositories/past-reader.js';
import { EXPORT_FORMATS, FORMAT_TYPES, isExportFormat, renderExport, type ExportFormat } from '../../interchange/formats.js';
import { STREAMED_FORMATS } from '../../interchange/stream-graph.js';
import { streamJsonDocument } from '../../interchange/stream-json.js';

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): true {
  sendError(res, status, code, message, headers);
  return true;
}

const attachment = (name: string) => `attachment; filename="${name}"`;

/** The download's file name without its extension: `argmap`, or `argmap-<slug>` for a map other than the default. */
const fileBase = (mapId: string) => (mapId === DEFAULT_MAP_ID ? 'argmap' : `argmap-${mapSlugOf(mapId) ?? 'map'}`);

/** A neighbourhood, or a format drawn from the whole document: built, then sent with its length. */
async function sendWhole(
  repos: Repositories,
  res: ServerResponse,
  format: ExportFormat,
  root: string | null,
  depth: number,
  reader: StatementReader | undefined,
  base: string,
): Promise<void> {
  const doc = await repos.graphExport.exportGraph(root ? { rootId: root, depth, reader } : { reader });
  if (!doc) {
    refuse(res, 404, ErrorCode.NOT_FOUND, `"${root}" does not exist`);
    return;
  }
  const rendered = renderExport(doc, format);
  const name = `${base}${root ? `-${root.replace(/[^a-z0-9-]+/g, '-')}` : ''}.${rendered.extension}`;
  res.writeHead(200, {
    'content-type': rendered.contentType,
    'content-disposition': attachment(name),
    'content-length': Buffer.byteLength(rendered.body),
  });
  res.end(rendered.body);
}

/** Bytes held before the status is sent, so that a database that fails at once still gets its 503. */
const HOLD_BYTES = 64 * 1024;

/** The whole map in a format written as it is read, a page at a time, with its content type and file name. */
function streamedExport(repos: Repositories, format: ExportFormat, reader: StatementReader | undefined) {
  if (format === 'json') {
    return {
      chunks: streamJsonDocument(repos.graphExport.wholeInPages(1000, reader)),
      contentType: 'application/json; charset=utf-8',
      extension: 'json',
    };
  }
  if (format === 'dot' || format === 'graphml' || format === 'cytoscape') {
    // Each list is read again when asked for: nodes first, then edges.
    const lists = (name: string) => repos.graphExport.wholeInPages(1000, reader).sections.find(([n]) => n === name)?.[1] ?? emptyPages();
    const { contentType, extension } = FORMAT_TYPES[format];
    return { chunks: STREAMED_FORMATS[format](lists), contentType, extension };
  }
  return null;
}

async function* emptyPages(): AsyncGenerator<object[]> {}

/**
 * The whole map written as it is read, a page at a time: memory stays flat however large the
 * map (a DOT, GraphML or Cytoscape export remembers only the speaker and source links it drew),
 * and the bytes are those `sendWhole` would send.
 */
/** Resolves when `res` takes more bytes again, or has gone; both listeners are removed either way. */
function drained(res: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

export async function streamWhole(
  res: ServerResponse,
  {
    chunks,
    contentType,
    extension,
    base = 'argmap',
  }: { chunks: AsyncIterable<string>; contentType: string; extension: string; base?: string },
): Promise<void> {
  const held: string[] = [];
  let heldBytes = 0;
  let started = false;
  let gone = false;
  res.once('close', () => (gone = true));
  const start = () => {
    started = true;
    res.writeHead(200, { 'content-type': contentType, 'content-disposition': attachment(`${base}.${extension}`) });
    res.write(held.join(''));
    held.length = 0;
  };
  for await (const chunk of chunks) {
    if (gone) return;
    if (!started) {
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes >= HOLD_BYTES) start();
      continue;
    }
    if (!res.write(chunk)) await drained(res);
  }
  if (!started) start();
  res.end();
}

/**
 * GET /export?format=json|aif|dot|graphml|cytoscape[&mapId=ID][&root=ID&depth=N][&atRevision=N|&asOf=TIME]:
 * a map (map:default without mapId), or a neighbourhood in it, as a download; now, or as it stood
 * at a past revision. `openMap` gives the map's repositories (NOT_FOUND when there is no such map,
 * BAD_USER_INPUT when the id is not a map's), as `ctx.maps.open` does for GraphQL.
 */
export function exportRoute(
  openMap: (mapId: string | null, reader: Reader) => Promise<Repositories>,
  heavy: HeavyGate,
  limits: RateLimits,
  { credentials, trustProxy }: { credentials: Credentials; trustProxy: boolean },
): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/export') return false;
    if (req.method !== 'GET') return refuse(res, 405, ErrorCode.BAD_REQUEST, 'Use GET');
    const format = url.searchParams.get('format') ?? 'json';
    if (!isExportFormat(format)) return refuse(res, 400, ErrorCode.BAD_USER_INPUT, `format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const root = url.searchParams.get('root');
    const depth = Number(url.searchParams.get('depth') ?? 2);
    if (root && (!labelOfId(root) || labelOfId(root) === 'Assertion'))
      return refuse(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        `root "${root.slice(0, 140)}" is not a claim, argument, actor, source, provision or issue id`,
      );
    if (!Number.isInteger(depth) || depth < 0 || depth > GRAPH_DEPTH_MAX)
      return refuse(res, 400, ErrorCode.BAD_USER_INPUT, `depth must be between 0 and ${GRAPH_DEPTH_MAX}`);
    try {
      const point = pastPoint(url.searchParams.get('asOf'), url.searchParams.get('atRevision'));
      let reader;
      try {
        ({ reader } = await identify(req.headers.authorization, credentials));
      } catch (error) {
        if (error instanceof GraphQLError) return refuse(res, 401, ErrorCode.UNAUTHENTICATED, error.message);
        throw error;
      }
      // The map exported, opened where every read opens it: a private map is not found by an outsider.
      const mapId = url.searchParams.get('mapId');
      const repos = await openMap(mapId, reader);
      const base = fileBase(mapId?.trim() ?? DEFAULT_MAP_ID);
      limits.takeExport(callerOf(reader, clientAddressOf(req, trustProxy)));
      await heavy.run(async () => {
        const reader = await repos.past.readerFor(point);
        const streamed = root ? null : streamedExport(repos, format, reader);
        if (streamed) await streamWhole(res, { ...streamed, base });
        else await sendWhole(repos, res, format, root, depth, reader, base);
      });
    } catch (error) {
      if (error instanceof InvalidInputError && !res.headersSent) return refuse(res, 400, ErrorCode.BAD_USER_INPUT, error.message);
      if (error instanceof NotFoundError && !res.headersSent) return refuse(res, 404, ErrorCode.NOT_FOUND, error.message);
      if (res.headersSent) {
        // Part of the download has gone: all that can be said now is that it did not end well.
        res.destroy(error as Error);
        if (error instanceof UnavailableError || error instanceof TooComplexError) return true;
        throw error;
      }
      if (error instanceof BusyError)
        return refuse(res, 429, ErrorCode.TOO_MANY_REQUESTS, error.message, { 'retry-after': String(error.retryAfter) });
      if (error instanceof UnavailableError) return refuse(res, 503, ErrorCode.SERVICE_UNAVAILABLE, error.message);
      if (error instanceof TooComplexError) return refuse(res, 413, ErrorCode.QUERY_TOO_COMPLEX, error.message);
      throw error;
    }
    return true;
  };
}
