import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface HttpServerOptions {
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  /** Is the database reachable and migrated? */
  readiness: () => Promise<{ ready: boolean; reason?: string }>;
  maxBodyBytes: number;
  /** Extra routes (explorer, downloads), tried in order before a 404. */
  routes?: Route[];
  /** Take the client's address from X-Forwarded-For (ARGMAP_TRUST_PROXY). */
  trustProxy?: boolean;
}

/** The client's address: the socket's peer, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddressOf(req: IncomingMessage, trustProxy = false): string {
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

export interface ArgmapHttpServer {
  server: Server;
  /** Stops accepting connections and resolves when in-flight requests have finished (or after `graceMs`). */
  shutdown(graceMs?: number): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** An error outside GraphQL (a route, a probe, the HTTP parser): `{ error, code }` with a code of the catalog. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify({ error: message, code });
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** What Node's HTTP parser refuses before a request exists, said with a body and a code. */
const CLIENT_ERRORS: Readonly<Record<string, [number, string]>> = {
  HPE_HEADER_OVERFLOW: [431, 'The request headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request took too long to arrive'],
  ERR_HTTP_HEADERS_TIMEOUT: [408, 'The request headers took too long to arrive'],
};

/** An answer written on the bare socket (no request object to answer with), then the connection closed. */
export function refuseOnSocket(socket: Duplex, status: number, message: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ error: message, code: ErrorCode.BAD_REQUEST });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'The request is not valid HTTP'];
  refuseOnSocket(socket, status, message);
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function toYoga(
  opts: HttpServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  streams: Set<ServerResponse>,
): Promise<void> {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  let body: Buffer | undefined;
  if (hasBody) {
    try {
      body = await readBody(req, opts.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      sendJson(res, 413, {
        errors: [{ message: `Request body is larger than ${opts.maxBodyBytes} bytes`, extensions: { code: ErrorCode.BAD_REQUEST } }],
      });
      req.resume();
      return;
    }
  }
  if (req.method === 'GET') {
    // yoga answers a GET whose variables or extensions are not JSON with a 500; this is the client's fault.
    for (const name of ['variables', 'extensions']) {
      const raw = url.searchParams.get(name);
      if (raw === null || raw === '') continue;
      try {
        JSON.parse(raw);
      } catch {
        sendJson(res, 400, {
          errors: [{ message: `The ${name} parameter is not valid JSON`, extensions: { code: ErrorCode.BAD_USER_INPUT, field: name } }],
        });
        return;
      }
    }
  }
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    try {
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    } catch {
      // A header value fetch refuses (control characters): drop it rather than fail the request.
    }
  }
  // A subscriber that goes away ends its subscription.
  const gone = new AbortController();
  res.on('close', () => gone.abort());
  const response = await opts.yoga.fetch(
    url,
    {
      method: req.method ?? 'GET',
      headers,
      signal: gone.signal,
      ...(body ? { body } : {}),
    },
    { clientAddress: clientAddressOf(req, opts.trustProxy) },
  );
  const outHeaders: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    // Header names may arrive in any case ("Content-Length"): one lower-case name each.
    outHeaders[key.toLowerCase()] = value;
  });
  if (outHeaders['content-type']?.startsWith('text/event-stream') && response.body) {
    streams.add(res);
    try {
      await streamEvents(response.body, res, outHeaders, response.status, gone.signal);
    } finally {
      streams.delete(res);
    }
    return;
  }
  // Other GraphQL responses are single JSON documents, so buffer them.
  const payload = Buffer.from(await response.arrayBuffer());
  // The body is sent whole, so its length is known: no chunked encoding alongside.
  delete outHeaders['content-length'];
  delete outHeaders['transfer-encoding'];
  res.writeHead(response.status, { ...outHeaders, 'content-length': String(payload.length) });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** A subscription over Server-Sent Events: each event is written as it comes, until either side ends it. */
async function streamEvents(
  body: ReadableStream<Uint8Array>,
  res: ServerResponse,
  headers: Record<string, string>,
  status: number,
  signal: AbortSignal,
): Promise<void> {
  delete headers['content-length'];
  res.writeHead(status, { ...headers, 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
  res.flushHeaders();
  const reader = body.getReader();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || signal.aborted) break;
      res.write(value);
    }
  } catch {
    // The client went away or the stream failed: nothing more can be sent.
  } finally {
    res.end();
  }
}

/** The service's HTTP front: health and readiness probes, GraphQL (bounded bodies), extra routes. */
export function createHttpServer(opts: HttpServerOptions): ArgmapHttpServer {
  let inFlight = 0;
  let draining: (() => void) | null = null;
  /** Open subscription streams: they never finish by themselves, so a shutdown ends them. */
  const streams = new Set<ServerResponse>();

  // A request without Host is refused below, with a code, rather than by Node without one.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
      if (inFlight === 0 && draining) draining();
    });
    void handle(req, res).catch((error: unknown) => {
      // The client went away before its answer (it aborted, or stopped sending its body): nothing failed, nothing to send.
      const gone = (error as Error)?.name === 'AbortError' || (error as NodeJS.ErrnoException)?.code === 'ECONNRESET';
      if (gone && (res.destroyed || req.destroyed || req.socket.destroyed)) return;
      process.stderr.write(`argmap: request failed: ${String(error)}\n`);
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
      else res.destroy();
    });
  });

  server.on('clientError', answerClientError);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Routing needs only the path: a malformed Host header is not the service's concern.
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendError(res, 400, ErrorCode.BAD_REQUEST, 'The request target is not a valid path');
      return;
    }
    if (draining) res.setHeader('connection', 'close');
    if (req.httpVersionMajor === 1 && req.httpVersionMinor >= 1 && req.headers.host === undefined) {
      sendError(res, 400, ErrorCode.BAD_REQUEST, 'An HTTP/1.1 request needs a Host header');
      return;
    }
    if (url.pathname === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (url.pathname === '/readyz') {
      const state = await opts.readiness();
      sendJson(res, state.ready ? 200 : 503, state);
      return;
    }
    if (url.pathname === '/graphql' || url.pathname.startsWith('/graphql/')) {
      await toYoga(opts, req, res, url, streams);
      return;
    }
    for (const route of opts.routes ?? []) {
      if (await route(req, res, url)) return;
    }
    sendError(res, 404, ErrorCode.NOT_FOUND, `Nothing at ${url.pathname}; the API is at /graphql`);
  }

  return {
    server,
    shutdown(graceMs = 10_000) {
      return new Promise((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          server.closeAllConnections();
          finish();
        }, graceMs);
        timer.unref();
        draining = () => finish();
        server.close();
        server.closeIdleConnections();
        for (const stream of streams) stream.destroy();
        if (inFlight === 0) finish();
      });
    },
  };
}
