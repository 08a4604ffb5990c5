/**
 * What the fuzz checks of every answer: a code from the catalog on every error, and no internal
 * detail (stack traces, driver errors, Cypher, file paths) in what an error says, unless the
 * request itself carried those words (error messages may quote the input back).
 */
import { ErrorCode } from '../../../src/api/graphql/errors.js';
import type { Answer, ProbeRequest } from './send.js';

/** The one catalog: README's error list and the service both come from ErrorCode. */
export const CATALOG: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/** Words of the service's inside that an error must never show. */
const INTERNAL: readonly [string, RegExp][] = [
  ['stack trace', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+\)?/],
  ['stack property', /"(?:stack|stacktrace)"\s*:/],
  ['originalError', /originalError/],
  ['Neo4j driver error', /Neo4jError|neo4j-driver|Neo\.(?:ClientError|TransientError|DatabaseError)|org\.neo4j|java\.lang/],
  ['Cypher', /\b(?:MATCH|MERGE|UNWIND|OPTIONAL MATCH|DETACH DELETE|CALL db\.|CALL apoc\.)\s*[\w(`]/],
  ['file path', /(?:\/work\/|\/home\/|\/usr\/(?:src|lib)|node_modules|file:\/\/|\bdist\/[\w/-]+\.js|\bsrc\/[\w/-]+\.ts)/],
  ['internal exception', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError: Unexpected token|Maximum call stack)/],
];

export type Finding = 'codeless' | 'unknown code' | 'internal detail';

export interface Checked {
  /** Codes the answer carried (GraphQL `extensions.code` or a route's `code`). */
  codes: string[];
  /** Is the answer an error (status 400+, or GraphQL errors)? */
  error: boolean;
  findings: { kind: Finding; detail: string }[];
  /** The parsed JSON body, when it was JSON. */
  json: unknown;
}

/** Every string inside a JSON value (walked without recursion: requests nest 100,000 deep). */
function strings(value: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') found.push(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') stack.push(...Object.values(v));
  }
  return found;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** What the request said, in every spelling an error could quote it back: raw, JSON-decoded, URL-decoded. */
export function requestText(request: ProbeRequest): string {
  const parts: string[] = [];
  const add = (text: string) => {
    parts.push(text);
    const json = tryJson(text);
    if (json !== undefined) parts.push(...strings(json));
    try {
      parts.push(decodeURIComponent(text.replace(/\+/g, ' ')));
    } catch {
      // Not URL-encoded text.
    }
  };
  if (request.kind === 'fetch') {
    add(request.path);
    // Parameters decoded one by one, as the service reads them (a bad escape spoils only its own).
    for (const [key, value] of new URL(request.path, 'http://fuzz').searchParams) parts.push(key, value);
    for (const value of Object.values(request.headers ?? {})) add(value);
    if (request.body !== undefined) add(request.body.toString());
  } else {
    add(request.pieces.map((p) => p.data.toString()).join(''));
  }
  return parts.join('\n');
}

export function checkAnswer(request: ProbeRequest, answer: Answer): Checked {
  const json = answer.body ? tryJson(answer.body) : undefined;
  const findings: Checked['findings'] = [];
  const codes: string[] = [];
  let errorTexts: string[] = [];
  let error = answer.status !== null && answer.status >= 400;
  const isHead = request.kind === 'fetch' ? request.method === 'HEAD' : String(request.pieces[0]?.data ?? '').startsWith('HEAD ');
  const record = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (record && Array.isArray(record.errors)) {
    error = true;
    errorTexts = strings(record.errors);
    for (const e of record.errors as { extensions?: { code?: unknown } }[]) {
      const code = e?.extensions?.code;
      if (typeof code !== 'string') findings.push({ kind: 'codeless', detail: 'a GraphQL error without extensions.code' });
      else {
        codes.push(code);
        if (!CATALOG.has(code)) findings.push({ kind: 'unknown code', detail: code });
      }
    }
  } else if (record && typeof record.error === 'string') {
    error = true;
    errorTexts = strings(record);
    if (typeof record.code !== 'string') findings.push({ kind: 'codeless', detail: '{ error } without a code' });
    else {
      codes.push(record.code);
      if (!CATALOG.has(record.code)) findings.push({ kind: 'unknown code', detail: record.code });
    }
  } else if (error) {
    errorTexts = [answer.body];
    // A HEAD answer has no body by definition; /readyz says why it is not ready in `reason`.
    const readiness = record && typeof record.ready === 'boolean';
    if (!isHead && !readiness)
      findings.push({ kind: 'codeless', detail: answer.body ? 'a body that is not a coded error' : 'an empty body' });
  }
  if (errorTexts.length > 0) {
    const said = requestText(request);
    for (const text of errorTexts) {
      for (const [name, pattern] of INTERNAL) {
        const match = pattern.exec(text);
        if (match && !said.includes(match[0])) findings.push({ kind: 'internal detail', detail: `${name}: ${match[0]}` });
      }
    }
  }
  return { codes, error, findings, json };
}

/** A short line for the report: the request as sent. */
export function describeRequest(request: ProbeRequest, max = 240): string {
  const clip = (text: string) => {
    const flat = JSON.stringify(text).slice(1, -1);
    return flat.length > max ? `${flat.slice(0, max)}... (${text.length} chars)` : flat;
  };
  if (request.kind === 'fetch') {
    const headers = Object.entries(request.headers ?? {})
      .filter(([k]) => k !== 'content-type' || request.headers?.[k] !== 'application/json')
      .map(([k, v]) => `${k}: ${v.length > 60 ? `${v.slice(0, 60)}...(${v.length})` : v}`)
      .join('; ');
    return `${request.method} ${clip(request.path)}${headers ? ` [${headers}]` : ''}${request.body !== undefined ? ` ${clip(request.body.toString())}` : ''}`;
  }
  const bytes = request.pieces.reduce((n, p) => n + p.data.length, 0);
  return `raw${request.connections ? ` x${request.connections}` : ''} ${clip(request.pieces.map((p) => p.data.toString()).join(''))} (${bytes} bytes${request.pieces.length > 1 ? `, ${request.pieces.length} pieces` : ''})`;
}

export function describeAnswer(answer: Answer, max = 240): string {
  if (answer.timedOut) return `no whole answer within ${answer.ms} ms${answer.status ? ` (status ${answer.status})` : ''}`;
  if (answer.status === null) return `no answer (${answer.error ?? 'connection closed'}) after ${answer.ms} ms`;
  const body = answer.body.length > max ? `${answer.body.slice(0, max)}...` : answer.body;
  return `${answer.status} in ${answer.ms} ms${answer.answers > 1 ? ` (${answer.answers} answers on one connection)` : ''}${answer.stream ? ' (stream)' : ''} ${body}`;
}
