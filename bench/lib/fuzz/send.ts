/**
 * The two ways a fuzz probe reaches the service: fetch, for requests a client library could send,
 * and a bare TCP socket (node:net), for the bytes no library would write (malformed request lines,
 * lying chunked bodies, smuggling, a slow drip of headers). Both give back one `Answer`.
 */
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';

/** What the fuzz keeps of a body: enough for every check, never a whole export. */
const KEEP_BYTES = 256 * 1024;

export interface FetchRequest {
  kind: 'fetch';
  method: string;
  /** Path and query, appended to the service's URL. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawRequest {
  kind: 'raw';
  /** Written in order; `delayMs` waits before that piece. */
  pieces: { data: string | Buffer; delayMs?: number }[];
  /** How long to wait for more after the first whole answer (a smuggled second one would come then). */
  graceMs?: number;
  /** Several identical connections at once (the slow-header probe opens many). */
  connections?: number;
}

export type ProbeRequest = FetchRequest | RawRequest;

export interface Answer {
  /** The status of the first answer; null when none came (closed, timed out, refused). */
  status: number | null;
  headers: Record<string, string>;
  /** The body (utf-8), at most KEEP_BYTES of it. */
  body: string;
  ms: number;
  /** The deadline passed before the answer was whole. */
  timedOut: boolean;
  /** Raw requests: how many answers (status lines) came back on the connection. */
  answers: number;
  /** An event stream or multipart answer was opened; the fuzz read its headers and closed it. */
  stream: boolean;
  /** A network error (connection reset...), when there was one. */
  error?: string;
  /** Sent again once: the first try met a reused connection the service had closed (this error). */
  retried?: string;
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 10) / 10;

/** A keep-alive connection the service closed as fetch reused it: no byte of the request reached it. */
const STALE_CONNECTION = /other side closed|ECONNRESET|socket hang up/;

export async function sendFetch(base: string, request: FetchRequest, deadlineMs: number): Promise<Answer> {
  const answer = await fetchOnce(base, request, deadlineMs);
  if (answer.status === null && !answer.timedOut && answer.error && STALE_CONNECTION.test(answer.error) && answer.ms < 1000) {
    return { ...(await fetchOnce(base, request, deadlineMs)), retried: answer.error };
  }
  return answer;
}

async function fetchOnce(base: string, request: FetchRequest, deadlineMs: number): Promise<Answer> {
  const start = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deadlineMs);
  const answer: Answer = { status: null, headers: {}, body: '', ms: 0, timedOut: false, answers: 0, stream: false };
  try {
    const response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: typeof request.body === 'string' || request.body === undefined ? request.body : new Uint8Array(request.body),
      signal: controller.signal,
      redirect: 'manual',
    });
    answer.status = response.status;
    answer.answers = 1;
    response.headers.forEach((value, key) => (answer.headers[key] = value));
    const type = answer.headers['content-type'] ?? '';
    if (type.startsWith('text/event-stream') || type.startsWith('multipart/mixed')) {
      // A subscription answers a stream that lasts as long as the client: opened is answered.
      answer.stream = true;
      await response.body?.cancel().catch(() => undefined);
    } else if (response.body) {
      const chunks: Buffer[] = [];
      let kept = 0;
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (kept < KEEP_BYTES) chunks.push(Buffer.from(value));
        kept += value.length;
      }
      answer.body = Buffer.concat(chunks).subarray(0, KEEP_BYTES).toString('utf8');
    }
  } catch (error) {
    if (controller.signal.aborted) answer.timedOut = true;
    else answer.error = String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
  } finally {
    clearTimeout(timer);
  }
  answer.ms = elapsed(start);
  return answer;
}

interface Parsed {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Bytes this answer took, or null while it is not whole. */
  length: number | null;
}

/** Reads one HTTP/1.1 answer from the start of `data`, as far as it has come. */
function parseAnswer(data: Buffer, headOnly: boolean): Parsed | null {
  const end = data.indexOf('\r\n\r\n');
  if (end === -1) return null;
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(statusLine)?.[1]);
  if (!Number.isInteger(status)) return null;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = data.subarray(end + 4);
  if (headOnly || status === 204 || status === 304 || (status >= 100 && status < 200))
    return { status, headers, body: Buffer.alloc(0), length: end + 4 };
  if (headers['content-length'] !== undefined) {
    const n = Number(headers['content-length']);
    return { status, headers, body: rest.subarray(0, n), length: rest.length >= n ? end + 4 + n : null };
  }
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    const body: Buffer[] = [];
    let at = 0;
    for (;;) {
      const lineEnd = rest.indexOf('\r\n', at);
      if (lineEnd === -1) return { status, headers, body: Buffer.concat(body), length: null };
      const size = parseInt(rest.subarray(at, lineEnd).toString('latin1'), 16);
      if (!Number.isFinite(size)) return { status, headers, body: Buffer.concat(body), length: null };
      if (size === 0) return { status, headers, body: Buffer.concat(body), length: end + 4 + lineEnd + 4 };
      if (rest.length < lineEnd + 2 + size + 2) return { status, headers, body: Buffer.concat(body), length: null };
      body.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
  }
  // No length: the body runs to the end of the connection.
  return { status, headers, body: rest, length: null };
}

/** Sends bytes over one connection; the answer is the first one that came back, with how many did. */
function sendRawOnce(host: string, port: number, request: RawRequest, deadlineMs: number, headOnly: boolean): Promise<Answer> {
  const start = performance.now();
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let data = Buffer.alloc(0);
    let error: string | undefined;
    let done = false;
    let grace: NodeJS.Timeout | undefined;
    const timers: NodeJS.Timeout[] = [];
    const finish = (timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      clearTimeout(grace);
      timers.forEach(clearTimeout);
      socket.destroy();
      const first = walk().answers[0] ?? null;
      resolve({
        status: first?.status ?? null,
        headers: first?.headers ?? {},
        body: first ? first.body.subarray(0, KEEP_BYTES).toString('utf8') : '',
        ms: elapsed(start),
        // Waiting for more after a whole answer is not a timeout.
        timedOut: timedOut && (first === null || first.length === null),
        answers: walk().answers.length,
        stream: false,
        ...(error ? { error } : {}),
      });
    };
    const deadline = setTimeout(() => finish(true), deadlineMs);
    /** The final answers on the connection so far (interim 1xx ones skipped), and whether the last is whole. */
    const walk = () => {
      const answers: Parsed[] = [];
      let at = 0;
      for (;;) {
        const one = parseAnswer(data.subarray(at), headOnly);
        if (!one) return { answers, whole: false };
        if (one.status >= 200) answers.push(one);
        if (one.length === null) return { answers, whole: false };
        at += one.length;
        if (at >= data.length) return { answers, whole: answers.length > 0 };
      }
    };
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      if (walk().whole) {
        clearTimeout(grace);
        grace = setTimeout(() => finish(false), request.graceMs ?? 150);
      }
    });
    socket.on('error', (e) => (error = e.message));
    socket.on('close', () => finish(false));
    socket.on('connect', () => {
      let wait = 0;
      for (const piece of request.pieces) {
        wait += piece.delayMs ?? 0;
        const write = () => {
          if (!done && !socket.destroyed && socket.writable) socket.write(piece.data);
        };
        if (wait === 0) write();
        else timers.push(setTimeout(write, wait));
      }
    });
  });
}

/** Raw bytes over `connections` sockets at once; the answer of the first, the worst time of all. */
export async function sendRaw(base: string, request: RawRequest, deadlineMs: number): Promise<Answer> {
  const url = new URL(base);
  const host = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname.replace(/^\[|\]$/g, '');
  const first = String(request.pieces[0]?.data ?? '');
  const headOnly = first.startsWith('HEAD ');
  const all = await Promise.all(
    Array.from({ length: request.connections ?? 1 }, () => sendRawOnce(host, Number(url.port), request, deadlineMs, headOnly)),
  );
  const answer = all[0]!;
  return { ...answer, ms: Math.max(...all.map((a) => a.ms)), timedOut: all.some((a) => a.timedOut) };
}

export function send(base: string, request: ProbeRequest, deadlineMs: number): Promise<Answer> {
  return request.kind === 'fetch' ? sendFetch(base, request, deadlineMs) : sendRaw(base, request, deadlineMs);
}
