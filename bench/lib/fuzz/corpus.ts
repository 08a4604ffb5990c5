/**
 * The hostile corpus, as families of probes. Each family lists its systematic cases
 * (every one is sent when the budget allows) and draws random variations to fill the rest of
 * the budget. No probe may change the map: writes go without a key, with a wrong or read-only key,
 * or with the admin key and input that must be refused. The deliberate valid writes are the
 * concurrent writers of run.ts, not part of this corpus.
 */
import {
  aliasBomb,
  aliases,
  countTokens,
  deepList,
  deepObject,
  deepSelection,
  directiveStack,
  fragmentBomb,
  fragmentChain,
  heavyAliases,
  largestBomb,
  longestChain,
  nestedListBomb,
  TOKEN_LIMIT,
} from './documents.js';
import type { Answer, FetchRequest, ProbeRequest, RawRequest } from './send.js';
import type { FuzzKeys } from './service.js';

export const CATEGORIES = ['graphql', 'http', 'export', 'auth', 'invalid-write', 'writers'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface SeedIds {
  claims: string[];
  actors: string[];
  provisions: string[];
  sources: string[];
  arguments: string[];
  issues: string[];
  /** Provisions and the provision each is part of. */
  partOf: [string, string][];
}

export interface CorpusContext {
  /** The service's keys, when the fuzz started it; null against --url (then no request carries a valid key). */
  keys: FuzzKeys | null;
  /** NODE_ENV=production: introspection and suggestions must be off. */
  production: boolean;
  /** Ids of the map as the run found it. */
  seed: SeedIds;
  /** The map's current revision before the run (stale `expectedRevision`s are below it). */
  revision: number;
}

export interface Probe {
  category: Category;
  family: string;
  label: string;
  request: ProbeRequest;
  /** Unfinished on purpose: the service may keep waiting for the rest, which is not a hang. */
  incomplete?: boolean;
  /** Its own deadline, when not the category's. */
  deadlineMs?: number;
  /** What must hold of the answer beyond the checks every answer gets; a message when it does not. */
  expect?: (answer: Answer, json: unknown) => string | null;
}

export interface Family {
  category: Category;
  name: string;
  /** Share of the random fill. */
  weight: number;
  systematic(ctx: CorpusContext): Probe[];
  random(ctx: CorpusContext, rnd: Random): Probe;
  /** Only when the fuzz started the service itself (sends the admin key). */
  ownServiceOnly?: boolean;
}

/** A small deterministic generator (mulberry32): a run is replayed by its seed. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed | 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A size spread over orders of magnitude, from lo to hi. */
  logInt(lo: number, hi: number): number {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
}

const JSON_TYPE = { 'content-type': 'application/json' };

export function post(body: unknown, headers: Record<string, string> = {}): FetchRequest {
  return {
    kind: 'fetch',
    method: 'POST',
    path: '/graphql',
    headers: { ...JSON_TYPE, ...headers },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  };
}

const get = (path: string, headers: Record<string, string> = {}, method = 'GET'): FetchRequest => ({
  kind: 'fetch',
  method,
  path,
  headers,
});

/** Percent-encodes; a lone surrogate goes as the raw bytes a browser would refuse to make. */
const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
};

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Text that has broken parsers, escapes and checks elsewhere. */
export const NASTY = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) CALL db.labels() //',
  '$where',
  '\u0000\u0001\u0002\u001f',
  '\ud800',
  '\udfff\ud800',
  '🦀'.repeat(300),
  '\u202e\u2066evil\u2069',
  '\u200b\u200c\u200d\ufeff',
  'ａｂｃ｛｝',
  '\r\n\r\nHTTP/1.1 200 OK\r\n',
  'a'.repeat(5_001),
  '../../etc/passwd',
  'claim:' + 'x'.repeat(200),
  '<script>alert(1)</script>',
  '{{claim c}}',
  '%00%ff%zz',
  '',
  ' ',
  'null',
  '__proto__',
  '\\u0000',
  '${7*7}',
  'NaN',
];

const INVALID_DATES = [
  '2025-02-30T00:00:00Z',
  '2025-02-28T24:00:00Z',
  '2023-02-29T00:00:00Z',
  '2025-13-01T00:00:00Z',
  '2025-00-10T00:00:00Z',
  '2025-04-31T00:00:00Z',
  '2025-04-20T12:60:00Z',
  '2025-04-20T12:00:61Z',
  '2016-12-31T23:59:60Z',
  '2025-04-20T12:00:00',
  '2025-04-20T12:00:00+25:00',
  '2025-04-20',
  '+275760-09-13T00:00:00.001Z',
  '-000001-01-01T00:00:00Z',
  '0000-00-00T00:00:00Z',
  '2025-04-20T12:00:00.0000000000000000001Z',
  'now',
  '',
  ' 2025-04-20T12:00:00Z',
  '2025-04-20T12:00:00Z\u0000',
];

/** Dates that exist: answered, not refused. */
const VALID_DATES = ['2024-02-29T00:00:00Z', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2025-04-20T12:00:00+14:00'];

const ENUM_MISTAKES = ['LEGL', '"LEGAL"', 'legal', '1', 'null', 'true', 'LEGAL_', '__proto__'];

/** A probe whose answer must not hold a value for any root field (a refused write, or a refused read). */
const noData = (answer: Answer, json: unknown): string | null => {
  const data = (json as { data?: Record<string, unknown> | null } | undefined)?.data;
  if (data && Object.values(data).some((v) => v !== null)) return `answered with data: ${JSON.stringify(data).slice(0, 160)}`;
  if (answer.status !== null && answer.status < 300 && !(json as { errors?: unknown } | undefined)?.errors)
    return 'answered without an error';
  return null;
};

const statusIs =
  (...statuses: number[]) =>
  (answer: Answer): string | null =>
    answer.status !== null && !statuses.includes(answer.status) ? `status ${answer.status}, expected ${statuses.join(' or ')}` : null;

const gql = (family: string, label: string, body: unknown, extra: Partial<Probe> & { headers?: Record<string, string> } = {}): Probe => {
  const { headers, ...rest } = extra;
  return { category: 'graphql', family, label, request: post(body, headers), ...rest };
};

// --- GraphQL: documents built to be expensive to analyse ---------------------------------------

const LEAVES = ['currentRevision', '__typename', 'claims { totalCount }', 'issues(first: 1) { totalCount }'];

const fragmentBombs: Family = {
  category: 'graphql',
  name: 'fragment bomb',
  weight: 6,
  systematic() {
    const probes: Probe[] = [gql(this.name, 'the issue: 52 spreads x 4 fragments', { query: fragmentBomb(52, 4) })];
    for (const depth of [1, 2, 3, 4, 5, 6, 8, 10]) {
      const max = largestBomb(depth);
      for (const spreads of new Set([Math.max(1, Math.round(max / 4)), Math.round(max / 2), max]))
        probes.push(gql(this.name, `${spreads} spreads x ${depth}`, { query: fragmentBomb(spreads, depth) }));
      probes.push(gql(this.name, `${max + 1} spreads x ${depth} (over the token limit)`, { query: fragmentBomb(max + 1, depth) }));
    }
    for (const depth of [2, 3, 4]) {
      let spreads = 1;
      while (countTokens(nestedListBomb(spreads + 1, depth)) <= TOKEN_LIMIT) spreads += 1;
      probes.push(gql(this.name, `in a page of claims: ${spreads} x ${depth}`, { query: nestedListBomb(spreads, depth) }));
    }
    const withDirectives = fragmentBomb(40, 4).replace(/\.\.\.(F\d)/g, '...$1 @include(if: true)');
    probes.push(gql(this.name, 'spreads under @include', { query: withDirectives }));
    const inline = `{ ${Array(60)
      .fill(`... on Query { ${Array(8).fill('... on Query { currentRevision }').join(' ')} }`)
      .join(' ')} }`;
    probes.push(gql(this.name, 'inline fragments spread', { query: inline }));
    probes.push(gql(this.name, 'alias bomb 3 x 40', { query: aliasBomb(40, 3) }));
    return probes;
  },
  random(_ctx, rnd) {
    const depth = rnd.int(1, 12);
    const leaf = rnd.pick(LEAVES);
    const spreads = rnd.int(1, largestBomb(depth, leaf) + 3);
    return gql(this.name, `random bomb ${spreads} x ${depth} of ${leaf}`, { query: fragmentBomb(spreads, depth, leaf) });
  },
};

const fragmentChains: Family = {
  category: 'graphql',
  name: 'fragment chain',
  weight: 2,
  systematic() {
    const longest = longestChain();
    return [
      ...[5, 10, 20, 40, 80, longest].map((n) =>
        gql(this.name, `${n} fragments each spreading the next twice`, { query: fragmentChain(n) }),
      ),
      gql(this.name, 'a cycle of two', { query: 'query Q { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
      gql(this.name, 'a fragment spreading itself', { query: 'query Q { ...A } fragment A on Query { currentRevision ...A }' }),
      gql(this.name, '200 unused fragments', {
        query: `{ currentRevision } ${Array.from({ length: 200 }, (_, i) => `fragment U${i} on Query { __typename }`).join(' ')}`,
      }),
      gql(this.name, 'one name twice', { query: '{ ...A } fragment A on Query { currentRevision } fragment A on Query { __typename }' }),
      gql(this.name, 'an undefined spread', { query: '{ ...Nowhere }' }),
      gql(this.name, 'on a type that does not exist', { query: '{ ...A } fragment A on Nothing { id }' }),
      gql(this.name, 'on an input type', { query: '{ ...A } fragment A on ClaimWhere { kind }' }),
    ];
  },
  random(_ctx, rnd) {
    const n = rnd.int(1, longestChain() + 2);
    return gql(this.name, `random chain of ${n}`, { query: fragmentChain(n, rnd.pick(LEAVES)) });
  },
};

const NESTING: [string, (n: number) => string, number[]][] = [
  ['list', deepList, [100, 1_000, 10_000, 70_000, 100_000, 200_000]],
  ['object', deepObject, [1_000, 50_000, 100_000]],
  ['selection', deepSelection, [11, 12, 40, 400, 4_000]],
  ['braces', (n) => '{'.repeat(n), [10_000, 100_000]],
  ['parentheses', (n) => `{ claims${'('.repeat(n)} }`, [100_000]],
  ['list of variables', (n) => `query($v: [[ID]]) { nodes(ids: ${'['.repeat(n)}$v${']'.repeat(n)}) { id } }`, [50_000]],
];

const deepNesting: Family = {
  category: 'graphql',
  name: 'deep nesting',
  weight: 3,
  systematic() {
    const probes = NESTING.flatMap(([what, build, sizes]) =>
      sizes.map((n) => gql(this.name, `${what} nested ${n.toLocaleString('en')} deep`, { query: build(n) })),
    );
    // The variables' JSON nested deep: JSON.parse, then coercion of a list.
    const nested = (n: number) => `${'['.repeat(n)}"claim:x"${']'.repeat(n)}`;
    for (const n of [1_000, 100_000])
      probes.push(
        gql(
          this.name,
          `a variable nested ${n.toLocaleString('en')} deep`,
          `{"query":"query($v: [ID!]!) { nodes(ids: $v) { id } }","variables":{"v":${nested(n)}}}`,
        ),
      );
    probes.push(
      gql(
        this.name,
        'a body nested 100,000 deep',
        `{"query":"{ currentRevision }","extensions":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
      ),
    );
    return probes;
  },
  random(_ctx, rnd) {
    const [what, build] = rnd.pick(NESTING);
    const n = rnd.logInt(5, 250_000);
    return gql(this.name, `${what} nested ${n} deep (random)`, { query: build(n) });
  },
};

const aliasFamily: Family = {
  category: 'graphql',
  name: 'aliases',
  weight: 2,
  systematic() {
    return [
      ...[15, 16, 100, 600].map((n) => gql(this.name, `${n} aliases`, { query: aliases(n) })),
      gql(this.name, '15 aliased pages of 100 claims', { query: heavyAliases(15) }),
      gql(this.name, '16 aliased pages of 100 claims', { query: heavyAliases(16) }),
      gql(this.name, 'one alias for two different fields', { query: '{ a: currentRevision a: __typename }' }),
      gql(this.name, 'aliases of one field with different arguments', {
        query: '{ a: claims(first: 1) { totalCount } a: claims(first: 2) { totalCount } }',
      }),
      gql(this.name, 'aliased __typename x 600', { query: aliases(600, '__typename') }),
    ];
  },
  random(_ctx, rnd) {
    const n = rnd.logInt(1, 700);
    return gql(this.name, `${n} aliases (random)`, { query: aliases(n, rnd.pick(LEAVES)) });
  },
};

const directives: Family = {
  category: 'graphql',
  name: 'directives',
  weight: 2,
  systematic() {
    return [
      ...[10, 100, 600].map((n) => gql(this.name, `${n} directives on one field`, { query: directiveStack(n) })),
      gql(this.name, 'an unknown directive', { query: '{ currentRevision @nope }' }),
      gql(this.name, '@include with a string', { query: '{ currentRevision @include(if: "yes") }' }),
      gql(this.name, '@include without if', { query: '{ currentRevision @include }' }),
      gql(this.name, '@skip from a string variable', {
        query: 'query($v: Boolean!) { currentRevision @skip(if: $v) }',
        variables: { v: 'no' },
      }),
      gql(this.name, '@skip from a missing variable', { query: 'query($v: Boolean!) { currentRevision @skip(if: $v) }' }),
      gql(this.name, 'a directive on the operation', { query: 'query Q @include(if: true) { currentRevision }' }),
      gql(this.name, '@deprecated on a field', { query: '{ currentRevision @deprecated }' }),
      gql(this.name, 'one directive twice', { query: '{ currentRevision @include(if: true) @include(if: false) }' }),
      gql(this.name, '@defer and @stream', { query: '{ claims { edges @stream(initialCount: 0) { node { id ... @defer { text } } } } }' }),
    ];
  },
  random(_ctx, rnd) {
    const n = rnd.logInt(1, 700);
    return gql(this.name, `${n} directives (random)`, { query: directiveStack(n) });
  },
};

// --- GraphQL: malformed operations and values ----------------------------------------------

const VARIABLE_QUERIES: [string, string][] = [
  ['Int', 'query($n: Int) { claims(first: $n) { totalCount } }'],
  ['ID!', 'query($n: ID!) { claim(id: $n) { id } }'],
  ['ClaimKind', 'query($n: ClaimKind) { claims(where: { kind: $n }) { totalCount } }'],
  ['DateTime', 'query($n: DateTime) { claims(asOf: $n) { totalCount } }'],
  ['ClaimWhere', 'query($n: ClaimWhere) { claims(where: $n) { totalCount } }'],
  ['[ID!]!', 'query($n: [ID!]!) { nodes(ids: $n) { id } }'],
  ['String!', 'query($n: String!) { search(text: $n) { score } }'],
  ['Boolean!', 'query($n: Boolean!) { currentRevision @include(if: $n) }'],
];

const WRONG_VALUES: unknown[] = [
  'x',
  1.5,
  2 ** 53,
  2147483648,
  -2147483649,
  1e308,
  -1,
  true,
  {},
  [],
  null,
  [[[]]],
  { kind: 'LEGL' },
  { nope: 1 },
  { textContains: 'x'.repeat(5_000) },
  'LEGL',
  ...INVALID_DATES.slice(0, 6),
  ...NASTY.slice(0, 8),
];

function randomJson(rnd: Random, depth = 0): unknown {
  const kind = rnd.int(0, depth > 3 ? 4 : 7);
  switch (kind) {
    case 0:
      return rnd.pick(NASTY);
    case 1:
      return rnd.pick([0, -1, 1.5, 2 ** 31, 2 ** 53 + 1, 1e308, -0, 1e-320]);
    case 2:
      return rnd.pick([true, false, null]);
    case 3:
      return rnd.pick(INVALID_DATES);
    case 4:
      return rnd.pick(['LEGAL', 'LEGL', 'claim:x', '']);
    case 5:
      return Array.from({ length: rnd.int(0, 4) }, () => randomJson(rnd, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: rnd.int(0, 4) }, () => [
          rnd.pick(['kind', 'text', 'textContains', '__proto__', 'id', 'x']),
          randomJson(rnd, depth + 1),
        ]),
      );
  }
}

const variables: Family = {
  category: 'graphql',
  name: 'variables',
  weight: 5,
  systematic() {
    const probes: Probe[] = [];
    for (const [type, query] of VARIABLE_QUERIES)
      for (const value of WRONG_VALUES)
        probes.push(gql(this.name, `$n: ${type} = ${JSON.stringify(value).slice(0, 40)}`, { query, variables: { n: value } }));
    for (const [label, body] of [
      ['variables a string', '{"query":"query($n: Int) { claims(first: $n) { totalCount } }","variables":"x"}'],
      ['variables an array', '{"query":"query($n: Int) { claims(first: $n) { totalCount } }","variables":[1]}'],
      ['variables a number', '{"query":"query($n: Int) { claims(first: $n) { totalCount } }","variables":1}'],
      ['variables JSON in a string', '{"query":"query($n: Int) { claims(first: $n) { totalCount } }","variables":"{\\"n\\":1}"}'],
      ['a required variable left out', '{"query":"query($n: ID!) { claim(id: $n) { id } }"}'],
      ['an undeclared variable', '{"query":"{ claim(id: $id) { id } }","variables":{"id":"claim:x"}}'],
      ['a variable declared twice', '{"query":"query($a: Int, $a: Int) { claims(first: $a) { totalCount } }"}'],
      ['a variable of an output type', '{"query":"query($a: Claim) { currentRevision }"}'],
      ['a variable of a type that does not exist', '{"query":"query($a: Nothing) { currentRevision }"}'],
      [
        '__proto__ as a variable',
        '{"query":"query($n: Int) { claims(first: $n) { totalCount } }","variables":{"__proto__":{"n":"x"},"constructor":{"prototype":{}}}}',
      ],
      [
        '10,000 variables',
        JSON.stringify({
          query: '{ currentRevision }',
          variables: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`v${i}`, i])),
        }),
      ],
      ['a default of the wrong type', '{"query":"query($n: Int = \\"x\\") { claims(first: $n) { totalCount } }"}'],
    ] as const)
      probes.push(gql(this.name, label, body));
    return probes;
  },
  random(_ctx, rnd) {
    const [type, query] = rnd.pick(VARIABLE_QUERIES);
    const value = randomJson(rnd);
    return gql(this.name, `$n: ${type} random`, { query, variables: { n: value } });
  },
};

const ENUM_FIELDS: [string, (v: string) => string][] = [
  ['ClaimKind', (v) => `{ claims(where: { kind: ${v} }) { totalCount } }`],
  ['ProvisionKind', (v) => `{ provisions(where: { kind: ${v} }) { totalCount } }`],
  ['ActorKind', (v) => `{ actors(where: { kind: ${v} }) { totalCount } }`],
  ['Direction', (v) => `{ argumentGraph(rootId: "claim:x", direction: ${v}) { nodes { id } } }`],
  ['Stance', (v) => `{ claims(where: { stance: ${v} }) { totalCount } }`],
];

const enums: Family = {
  category: 'graphql',
  name: 'enums',
  weight: 2,
  systematic() {
    return ENUM_FIELDS.flatMap(([type, build]) => ENUM_MISTAKES.map((v) => gql(this.name, `${type} ${v}`, { query: build(v) })));
  },
  random(_ctx, rnd) {
    const [type, build] = rnd.pick(ENUM_FIELDS);
    const value = rnd.pick([...ENUM_MISTAKES, rnd.pick(['SUPPORT', 'PRO', 'INCOMING', 'COURT']), `A${rnd.int(0, 1e6)}`]);
    return gql(this.name, `${type} ${value} (random)`, { query: build(value) });
  },
};

const EMPTY_BODIES: [string, string][] = [
  ['query ""', '{"query":""}'],
  ['query of spaces', '{"query":"   \\n\\t "}'],
  ['query null', '{"query":null}'],
  ['query a number', '{"query":1}'],
  ['query true', '{"query":true}'],
  ['query an array', '{"query":["{ currentRevision }"]}'],
  ['query an object', '{"query":{"kind":"Document"}}'],
  ['no query', '{}'],
  ['only variables', '{"variables":{}}'],
  ['body null', 'null'],
  ['body []', '[]'],
  ['body a number', '1'],
  ['body a string', '"{ currentRevision }"'],
  ['empty body', ''],
  ['query {}', '{"query":"{}"}'],
  ['a comment only', '{"query":"# nothing"}'],
  ['the word query', '{"query":"query"}'],
  ['the word mutation', '{"query":"mutation"}'],
  ['a schema definition', '{"query":"type Query { x: Int }"}'],
  ['a schema extension', '{"query":"extend type Query { x: Int }"}'],
  ['an unclosed string', '{"query":"{ claim(id: \\"x) { id } }"}'],
  ['a field that does not exist', '{"query":"{ nothing }"}'],
  ['a field that nearly exists', '{"query":"{ claimz(first: 1) { totalCount } }"}'],
  ['truncated JSON', '{"query":"{ currentRevision }"'],
  ['JSON with trailing bytes', '{"query":"{ currentRevision }"} x'],
  ['duplicate keys', '{"query":"{ nothing }","query":"{ currentRevision }"}'],
  ['operationName a number', '{"query":"{ currentRevision }","operationName":1}'],
  ['extensions a string', '{"query":"{ currentRevision }","extensions":"x"}'],
];

const emptyQueries: Family = {
  category: 'graphql',
  name: 'empty or malformed query',
  weight: 2,
  systematic() {
    return EMPTY_BODIES.map(([label, body]) => gql(this.name, label, body));
  },
  random(_ctx, rnd) {
    // A valid request cut short, or with bytes dropped or repeated.
    const text = JSON.stringify({ query: '{ claims(first: 2) { edges { node { id text } } } }', variables: { a: 1 } });
    const at = rnd.int(0, text.length);
    const mutated = rnd.pick([
      () => text.slice(0, at),
      () => text.slice(0, at) + text.slice(at + rnd.int(1, 8)),
      () => text.slice(0, at) + rnd.pick(['{', '}', '"', '\\', '\u0000', ',', ':', '[']) + text.slice(at),
      () => text.slice(0, at) + text.slice(at - rnd.int(1, 20), at) + text.slice(at),
    ])();
    return gql(this.name, 'a request with bytes changed (random)', mutated);
  },
};

const operations: Family = {
  category: 'graphql',
  name: 'several operations',
  weight: 1,
  systematic() {
    const two = 'query A { currentRevision } query B { __typename }';
    return [
      gql(this.name, 'two without operationName', { query: two }),
      gql(this.name, 'operationName naming neither', { query: two, operationName: 'C' }),
      gql(this.name, 'operationName null', { query: two, operationName: null }),
      gql(this.name, 'operationName of 100 KB', { query: two, operationName: 'A'.repeat(100_000) }),
      gql(this.name, 'two anonymous', { query: '{ currentRevision } { __typename }' }),
      gql(this.name, 'an anonymous and a named one', { query: '{ currentRevision } query B { __typename }' }),
      gql(this.name, 'one name twice', { query: 'query A { currentRevision } query A { __typename }' }),
      gql(this.name, '500 operations', { query: Array.from({ length: 500 }, (_, i) => `query O${i} { __typename }`).join(' ') }),
      gql(this.name, 'a query and a mutation, no name', { query: 'query A { currentRevision } mutation B { deleteClaim(id: "claim:x") }' }),
    ];
  },
  random(_ctx, rnd) {
    const n = rnd.int(2, 300);
    return gql(this.name, `${n} operations (random)`, {
      query: Array.from({ length: n }, (_, i) => `query O${i} { __typename }`).join(' '),
      ...(rnd.chance(0.5) ? { operationName: `O${rnd.int(0, n + 5)}` } : {}),
    });
  },
};

const introspectionQueries = [
  ['__schema', '{ __schema { types { name fields { name } } } }'],
  ['__type', '{ __type(name: "Claim") { fields { name } } }'],
  ['__schema aliased', '{ s: __schema { queryType { name } } }'],
  ['__schema in a fragment', '{ ...I } fragment I on Query { __schema { types { name } } }'],
  ['__type of Mutation', '{ __type(name: "Mutation") { fields { name args { name } } } }'],
  [
    '__schema deep',
    `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`,
  ],
];

const introspection: Family = {
  category: 'graphql',
  name: 'introspection',
  weight: 1,
  systematic(ctx) {
    const expect = ctx.production
      ? (_a: Answer, json: unknown) => {
          const data = (json as { data?: Record<string, unknown> | null } | undefined)?.data;
          return data && Object.values(data).some((v) => v !== null) ? 'introspection answered in production' : null;
        }
      : undefined;
    return [
      ...introspectionQueries.map(([label, query]) => gql(this.name, label!, { query }, expect ? { expect } : {})),
      {
        category: 'graphql',
        family: this.name,
        label: '__schema over GET',
        request: get(`/graphql?query=${encode('{ __schema { types { name } } }')}`, { accept: 'application/json' }),
        ...(expect ? { expect } : {}),
      },
      gql(this.name, '__typename (always allowed)', { query: '{ __typename }' }),
    ];
  },
  random(ctx, rnd) {
    return rnd.pick(this.systematic(ctx));
  },
};

const subscriptions: Family = {
  category: 'graphql',
  name: 'subscription over POST',
  weight: 1,
  systematic() {
    const query = 'subscription { changes { revision ids } }';
    return [
      gql(this.name, 'accept application/json', { query }, { headers: { accept: 'application/json' }, expect: statusIs(400, 406) }),
      gql(
        this.name,
        'accept graphql-response+json',
        { query },
        { headers: { accept: 'application/graphql-response+json' }, expect: statusIs(400, 406) },
      ),
      gql(this.name, 'accept text/event-stream (a stream, closed by the fuzz)', { query }, { headers: { accept: 'text/event-stream' } }),
      gql(
        this.name,
        'two root fields',
        { query: 'subscription { a: changes { revision } b: changes { revision } }' },
        { headers: { accept: 'application/json' } },
      ),
      gql(
        this.name,
        'a bad argument',
        { query: 'subscription { changes(afterRevision: "x") { revision } }' },
        { headers: { accept: 'text/event-stream' } },
      ),
      gql(
        this.name,
        'a negative depth',
        { query: 'subscription { changes(rootId: "claim:x", depth: -5) { revision } }' },
        { headers: { accept: 'text/event-stream' } },
      ),
      {
        category: 'graphql',
        family: this.name,
        label: 'over GET, accept json',
        request: get(`/graphql?query=${encode(query)}`, { accept: 'application/json' }),
      },
    ];
  },
  random(ctx, rnd) {
    return rnd.pick(this.systematic(ctx));
  },
};

const batching: Family = {
  category: 'graphql',
  name: 'batching',
  weight: 1,
  systematic() {
    const one = { query: '{ currentRevision }' };
    return [
      gql(this.name, 'two operations in an array', [one, one]),
      gql(this.name, 'an empty array', []),
      gql(this.name, 'an array of numbers', [1, 2]),
      gql(this.name, '1,000 operations in an array', Array(1000).fill(one)),
      gql(this.name, 'an array of mutations', Array(10).fill({ query: 'mutation { deleteClaim(id: "claim:x") }' })),
    ];
  },
  random(_ctx, rnd) {
    return gql(
      this.name,
      'an array (random)',
      Array.from({ length: rnd.int(1, 50) }, () => rnd.pick([{ query: '{ currentRevision }' }, null, 1, 'x'])),
    );
  },
};

const persisted: Family = {
  category: 'graphql',
  name: 'persisted query',
  weight: 1,
  systematic() {
    const pq = (persistedQuery: unknown, extra: Record<string, unknown> = {}) => ({ extensions: { persistedQuery }, ...extra });
    return [
      gql(this.name, 'an unknown hash', pq({ version: 1, sha256Hash: 'a'.repeat(64) })),
      gql(this.name, 'a hash that is not hex', pq({ version: 1, sha256Hash: 'zz' })),
      gql(this.name, 'a hash of 1 MB', pq({ version: 1, sha256Hash: 'a'.repeat(1_000_000) })),
      gql(this.name, 'a hash that is a number', pq({ version: 1, sha256Hash: 1 })),
      gql(this.name, 'version 2', pq({ version: 2, sha256Hash: 'a'.repeat(64) })),
      gql(this.name, 'persistedQuery null', pq(null)),
      gql(this.name, 'persistedQuery a string', pq('x')),
      gql(this.name, 'an unknown hash with a query', pq({ version: 1, sha256Hash: 'b'.repeat(64) }, { query: '{ currentRevision }' })),
      {
        category: 'graphql',
        family: this.name,
        label: 'an unknown hash over GET',
        request: get(`/graphql?extensions=${encode(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'c'.repeat(64) } }))}`),
      },
    ];
  },
  random(_ctx, rnd) {
    const hash = Array.from({ length: 64 }, () => rnd.pick([...'0123456789abcdef'])).join('');
    return gql(this.name, 'an unknown hash (random)', { extensions: { persistedQuery: { version: rnd.int(0, 3), sha256Hash: hash } } });
  },
};

const BIG = 1_900_000;

const hugeStrings: Family = {
  category: 'graphql',
  name: 'huge strings',
  weight: 1,
  systematic() {
    return [
      gql(this.name, 'search text of 1.9 MB in a variable', {
        query: 'query($t: String!) { search(text: $t) { score } }',
        variables: { t: 'a'.repeat(BIG) },
      }),
      gql(this.name, 'search text of 1.9 MB in the document', { query: `{ search(text: "${'a'.repeat(BIG)}") { score } }` }),
      gql(this.name, 'a string of escapes', { query: `{ search(text: "${'\\u0041'.repeat(300_000)}") { score } }` }),
      gql(this.name, 'a block string of 1.9 MB', { query: `{ search(text: """${'a\n'.repeat(BIG / 2)}""") { score } }` }),
      gql(this.name, 'an id of 100 KB', { query: `{ claim(id: "claim:${'x'.repeat(100_000)}") { id } }` }),
      gql(this.name, 'textContains of 1 MB', {
        query: 'query($t: String) { claims(where: { textContains: $t }) { totalCount } }',
        variables: { t: 'b'.repeat(1_000_000) },
      }),
      gql(this.name, '1.9 MB of whitespace', { query: `{${' '.repeat(BIG)}currentRevision }` }),
      gql(this.name, 'a comment of 1.9 MB', { query: `#${'c'.repeat(BIG)}\n{ currentRevision }` }),
      gql(this.name, 'a field name of 1 MB', { query: `{ ${'f'.repeat(1_000_000)} }` }),
      gql(this.name, 'a number of 1 MB', { query: `{ claims(first: ${'9'.repeat(1_000_000)}) { totalCount } }` }),
    ];
  },
  random(_ctx, rnd) {
    const n = rnd.logInt(1_000, BIG);
    return gql(this.name, `search text of ${n} characters (random)`, {
      query: 'query($t: String!) { search(text: $t) { score } }',
      variables: { t: rnd.pick(NASTY).padEnd(n, 'z') },
    });
  },
};

const DATE_FIELDS: [string, (v: string) => string][] = [
  ['claims(asOf:)', (v) => `{ claims(asOf: ${v}) { totalCount } }`],
  ['claim(asOf:)', (v) => `{ claim(id: "claim:x", asOf: ${v}) { id } }`],
  ['search(asOf:)', (v) => `{ search(text: "prison", asOf: ${v}) { score } }`],
  ['argumentGraph(asOf:)', (v) => `{ argumentGraph(rootId: "claim:x", asOf: ${v}) { nodes { id } } }`],
  ['argumentChains(asOf:)', (v) => `{ argumentChains(fromId: "claim:x", toId: "claim:y", asOf: ${v}) { length } }`],
  ['evaluation(asOf:)', (v) => `{ evaluation(asOf: ${v}) { revision } }`],
  ['revisions(since:)', (v) => `{ revisions(since: ${v}) { totalCount } }`],
  ['revisions(until:)', (v) => `{ revisions(until: ${v}) { totalCount } }`],
];

const REVISION_MISTAKES = ['-1', '2147483648', '1e10', '"1"', '1.5', 'null'];

const dates: Family = {
  category: 'graphql',
  name: 'invalid dates',
  weight: 3,
  systematic() {
    const probes: Probe[] = [];
    for (const [field, build] of DATE_FIELDS) {
      for (const date of INVALID_DATES) probes.push(gql(this.name, `${field} ${date}`, { query: build(JSON.stringify(date)) }));
      for (const date of VALID_DATES.slice(0, 2))
        probes.push(gql(this.name, `${field} ${date} (exists)`, { query: build(JSON.stringify(date)) }));
      probes.push(gql(this.name, `${field} a number`, { query: build('1e20') }));
    }
    for (const r of REVISION_MISTAKES)
      probes.push(gql(this.name, `claims(atRevision: ${r})`, { query: `{ claims(atRevision: ${r}) { totalCount } }` }));
    probes.push(
      gql(this.name, 'asOf and atRevision together', { query: '{ claims(asOf: "2025-04-20T12:00:00Z", atRevision: 1) { totalCount } }' }),
    );
    probes.push(
      gql(this.name, 'an invalid date in a variable', {
        query: 'query($t: DateTime) { claims(asOf: $t) { totalCount } }',
        variables: { t: '2025-02-30T00:00:00Z' },
      }),
    );
    return probes;
  },
  random(_ctx, rnd) {
    const [field, build] = rnd.pick(DATE_FIELDS);
    const date = rnd.chance(0.8)
      ? rnd.pick(INVALID_DATES)
      : `${rnd.int(0, 10000)}-${String(rnd.int(0, 13)).padStart(2, '0')}-${String(rnd.int(0, 32)).padStart(2, '0')}T${String(rnd.int(0, 25)).padStart(2, '0')}:${String(rnd.int(0, 61)).padStart(2, '0')}:00Z`;
    return gql(this.name, `${field} ${date} (random)`, { query: build(JSON.stringify(date)) });
  },
};

const UNICODE: [string, string][] = [
  ['a NUL in the document', '{ currentRevision \u0000 }'],
  ['a byte order mark first', '\ufeff{ currentRevision }'],
  ['a line separator', '{\u2028currentRevision\u2029}'],
  ['a right-to-left override in a name', '{ current\u202eRevision }'],
  ['a zero-width space in a name', '{ current\u200bRevision }'],
  ['full-width braces', '｛ currentRevision ｝'],
  ['an emoji name', '{ 🦀 }'],
  ['control characters in a string', '{ search(text: "\u0001\u0002\u0003\u0007\u001b[31m") { score } }'],
  ['a lone surrogate in a string', '{ search(text: "\ud800") { score } }'],
  ['an escaped lone surrogate', '{ search(text: "\\ud800\\udfff\\udc00") { score } }'],
  ['a bad escape', '{ search(text: "\\x41\\q") { score } }'],
  ['combining marks', `{ search(text: "${'a\u0301\u0302\u0303\u0304'.repeat(10_000)}") { score } }`],
  ['vertical tab and form feed', '{\u000bcurrentRevision\u000c}'],
];

const unicode: Family = {
  category: 'graphql',
  name: 'unicode and control characters',
  weight: 2,
  systematic() {
    return [
      ...UNICODE.map(([label, query]) => gql(this.name, label, { query })),
      gql(
        this.name,
        'invalid UTF-8 bytes in the body',
        Buffer.concat([
          Buffer.from('{"query":"{ search(text: \\"'),
          Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]),
          Buffer.from('\\") { score } }"}'),
        ]),
      ),
      gql(
        this.name,
        'an overlong UTF-8 slash',
        Buffer.concat([Buffer.from('{"query":"{ claim(id: \\"'), Buffer.from([0xc0, 0xaf]), Buffer.from('\\") { id } }"}')]),
      ),
      gql(this.name, 'UTF-16 with a BOM', Buffer.from('\ufeff{"query":"{ currentRevision }"}', 'utf16le')),
    ];
  },
  random(_ctx, rnd) {
    const chars = Array.from({ length: rnd.int(1, 200) }, () =>
      String.fromCharCode(rnd.pick([rnd.int(0, 31), rnd.int(0x80, 0x2fff), rnd.int(0xd800, 0xdfff), rnd.int(0xfff0, 0xffff)])),
    );
    const where = rnd.pick([
      (s: string) => `{ search(text: ${JSON.stringify(s)}) { score } }`,
      (s: string) => `{ claim(id: ${JSON.stringify(s)}) { id } }`,
      (s: string) => `{ ${s} }`,
      (s: string) => s,
    ]);
    return gql(this.name, 'random characters', { query: where(chars.join('')) });
  },
};

const getRequests: Family = {
  category: 'graphql',
  name: 'GET',
  weight: 1,
  systematic() {
    const q = (s: string) => encode(s);
    const probes: [string, string, string?][] = [
      ['a query', `/graphql?query=${q('{ currentRevision }')}`],
      ['a mutation over GET', `/graphql?query=${q('mutation { deleteClaim(id: "claim:x") }')}`],
      ['variables not JSON', `/graphql?query=${q('{ currentRevision }')}&variables=%7B`],
      ['extensions not JSON', `/graphql?query=${q('{ currentRevision }')}&extensions=nope`],
      ['a bad percent-encoding', '/graphql?query=%zz%7B'],
      ['two query parameters', `/graphql?query=${q('{ currentRevision }')}&query=${q('{ __typename }')}`],
      ['two operation names', `/graphql?query=${q('query A { currentRevision } query B { __typename }')}&operationName=A&operationName=B`],
      ['a URL of 60 KB', `/graphql?query=${q(`{ search(text: "${'u'.repeat(60_000)}") { score } }`)}`],
      ['no query', '/graphql'],
      ['a path under /graphql', '/graphql/../../etc/passwd'],
      ['HEAD', `/graphql?query=${q('{ currentRevision }')}`, 'HEAD'],
      ['a fragment bomb over GET', `/graphql?query=${q(fragmentBomb(52, 4))}`],
    ];
    return probes.map(([label, path, method]) => ({
      category: 'graphql' as const,
      family: this.name,
      label,
      request: get(path, {}, method),
    }));
  },
  random(_ctx, rnd) {
    const s = rnd.pick(NASTY);
    return {
      category: 'graphql',
      family: this.name,
      label: 'GET with a hostile query (random)',
      request: get(`/graphql?query=${encode(`{ claim(id: ${JSON.stringify(s)}) { id } }`)}`),
    };
  },
};

const CONTENT_TYPES = [
  'text/plain',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=nope',
  'application/xml',
  'application/json, text/plain',
  '',
  'a'.repeat(8_000),
];
const ACCEPTS = [
  'text/html',
  'application/xml',
  '*/*;q=0',
  'application/json;q=0',
  'nonsense',
  'text/event-stream;q=0.1, application/json',
  'a'.repeat(8_000),
];

const mediaTypes: Family = {
  category: 'graphql',
  name: 'content type and accept',
  weight: 2,
  systematic() {
    const body = JSON.stringify({ query: '{ currentRevision }' });
    const probes: Probe[] = [];
    for (const type of CONTENT_TYPES)
      probes.push({
        category: 'graphql',
        family: this.name,
        label: `content-type ${type.slice(0, 40)}`,
        request: { kind: 'fetch', method: 'POST', path: '/graphql', headers: { 'content-type': type }, body },
      });
    probes.push({
      category: 'graphql',
      family: this.name,
      label: 'no content-type',
      request: { kind: 'fetch', method: 'POST', path: '/graphql', body: Buffer.from(body) },
    });
    probes.push({
      category: 'graphql',
      family: this.name,
      label: 'application/graphql with a query as the body',
      request: {
        kind: 'fetch',
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/graphql' },
        body: '{ currentRevision }',
      },
    });
    for (const accept of ACCEPTS) probes.push(gql(this.name, `accept ${accept.slice(0, 40)}`, body, { headers: { accept } }));
    return probes;
  },
  random(_ctx, rnd) {
    return gql(this.name, 'content type and accept (random)', JSON.stringify({ query: '{ currentRevision }' }), {
      headers: { 'content-type': rnd.pick([...CONTENT_TYPES, 'application/json']), accept: rnd.pick([...ACCEPTS, 'application/json']) },
    });
  },
};

/** A valid query cut and spliced at random, without a key. */
const QUERIES = [
  '{ claims(first: 3, where: { kind: LEGAL }) { totalCount edges { cursor node { id text assertions { quote actor { name } } } } } }',
  '{ argumentGraph(rootId: "claim:x", depth: 2) { nodes { id type label } edges { id source target } } }',
  '{ search(text: "prison", first: 5) { score node { id } } }',
  '{ revisions(last: 3) { totalCount edges { node { revision operation at } } } }',
  'query Q($id: ID!) { claim(id: $id) { id ...F } } fragment F on Claim { text citations { role provision { name } } }',
  'mutation { createClaim(input: { text: "x", kind: LEGAL }) { id } }',
];
const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '...',
  '@',
  '$',
  ':',
  '!',
  '=',
  '"',
  '"""',
  '#',
  ',',
  '|',
  '&',
  'fragment',
  'on',
  'query',
  'mutation',
  'subscription',
  '__schema',
  '__typename',
  'null',
  '-1',
  '1e999',
  '0x10',
];

const spliced: Family = {
  category: 'graphql',
  name: 'spliced documents',
  weight: 6,
  systematic() {
    return QUERIES.map((query) =>
      gql(
        this.name,
        'a valid document, no key',
        { query, variables: { id: 'claim:x' } },
        query.startsWith('mutation') ? { expect: noData } : {},
      ),
    );
  },
  random(_ctx, rnd) {
    let query = rnd.pick(QUERIES);
    for (let k = rnd.int(1, 4); k > 0; k--) {
      const at = rnd.int(0, query.length);
      const span = rnd.int(1, 30);
      query = rnd.pick([
        () => query.slice(0, at) + query.slice(at + span),
        () => query.slice(0, at) + query.slice(at, at + span).repeat(rnd.int(2, 50)) + query.slice(at + span),
        () => `${query.slice(0, at)} ${rnd.pick(TOKENS)} ${query.slice(at)}`,
        () => query.slice(0, at) + JSON.stringify(rnd.pick(NASTY)) + query.slice(at),
        () => query.replace(/\d+/, () => rnd.pick(['-1', '0', '101', '2147483648', '1e3', '99999999999999999999'])),
      ])();
    }
    // Never with a key: a document that turns into a valid write must still be refused.
    return gql(
      this.name,
      'a document spliced at random, no key',
      { query, variables: { id: rnd.pick(NASTY) } },
      /\bmutation\b/.test(query) ? { expect: noData } : {},
    );
  },
};

// --- Raw HTTP over a socket ---------------------------------------------------------------

const HOST = 'Host: 127.0.0.1\r\n';
const raw = (family: string, label: string, data: string | Buffer, extra: Partial<Probe> & Partial<RawRequest> = {}): Probe => {
  const { graceMs, connections, pieces, ...rest } = extra;
  return {
    category: 'http',
    family,
    label,
    request: { kind: 'raw', pieces: pieces ?? [{ data }], ...(graceMs ? { graceMs } : {}), ...(connections ? { connections } : {}) },
    ...rest,
  };
};
const QUERY_BODY = '{"query":"{ currentRevision }"}';
const postHead = (extra = '') => `POST /graphql HTTP/1.1\r\n${HOST}Content-Type: application/json\r\n${extra}`;

const requestLines: Family = {
  category: 'http',
  name: 'malformed request line',
  weight: 2,
  systematic() {
    const lines: [string, string][] = [
      ['no target', 'GET\r\n\r\n'],
      ['HTTP/9.9', `GET /healthz HTTP/9.9\r\n${HOST}\r\n`],
      ['HTTP/0.9', 'GET /healthz\r\n\r\n'],
      ['an unknown method', `BREW /graphql HTTP/1.1\r\n${HOST}\r\n`],
      ['a lower-case method', `get /healthz HTTP/1.1\r\n${HOST}\r\n`],
      ['a control character in the method', `G\u0001T /healthz HTTP/1.1\r\n${HOST}\r\n`],
      ['no Host', 'GET /healthz HTTP/1.1\r\n\r\n'],
      ['two Host headers', `GET /healthz HTTP/1.1\r\n${HOST}${HOST}\r\n`],
      ['spaces in the target', `GET /graph ql?query={ currentRevision } HTTP/1.1\r\n${HOST}\r\n`],
      ['an absolute target', `GET http://evil.example/graphql?query=%7B__typename%7D HTTP/1.1\r\n${HOST}\r\n`],
      ['an asterisk target', `OPTIONS * HTTP/1.1\r\n${HOST}\r\n`],
      ['CONNECT', `CONNECT 127.0.0.1:22 HTTP/1.1\r\n${HOST}\r\n`],
      ['bare LF line ends', `GET /healthz HTTP/1.1\n${HOST.replace('\r\n', '\n')}\n`],
      ['a header without a colon', `GET /healthz HTTP/1.1\r\n${HOST}nocolon\r\n\r\n`],
      ['a space before the colon', `GET /healthz HTTP/1.1\r\n${HOST}X-A : b\r\n\r\n`],
      ['an obsolete folded header', `GET /healthz HTTP/1.1\r\n${HOST}X-A: b\r\n c\r\n\r\n`],
      ['a NUL in a header', `GET /healthz HTTP/1.1\r\n${HOST}X-A: b\u0000c\r\n\r\n`],
      ['a request line of 100 KB', `GET /${'a'.repeat(100_000)} HTTP/1.1\r\n${HOST}\r\n`],

      ['binary junk', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)).toString('latin1')],
      ['a TLS hello', Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03]).toString('latin1')],
      ['HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
      ['a bad percent-encoding in the path', `GET /%zz%00/../graphql HTTP/1.1\r\n${HOST}\r\n`],
      ['a target with a backslash', `GET \\graphql HTTP/1.1\r\n${HOST}\r\n`],
      ['an authority-form Host', `GET /healthz HTTP/1.1\r\nHost: a@b:c:d\r\n\r\n`],
      ['HTTP/1.0 keep-alive', 'GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'],
    ];
    return [
      ...lines.map(([label, data]) => raw(this.name, label, data)),
      // Empty lines before a request line are skipped (RFC 9112 2.2): the service waits for the request.
      raw(this.name, 'only line ends', '\r\n\r\n\r\n\r\n', { incomplete: true }),
    ];
  },
  random(_ctx, rnd) {
    const bytes = Buffer.from(Array.from({ length: rnd.int(1, 2000) }, () => rnd.int(0, 255)));
    const prefix = rnd.pick(['', 'GET ', 'POST /graphql HTTP/1.1\r\n', `GET /healthz HTTP/1.1\r\n${HOST}`]);
    return raw(this.name, 'random bytes after a start', Buffer.concat([Buffer.from(prefix), bytes, Buffer.from('\r\n\r\n')]));
  },
};

const headerSizes: Family = {
  category: 'http',
  name: 'oversized headers',
  weight: 1,
  systematic() {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `X-H${i}: v\r\n`).join('');
    return [
      raw(this.name, 'one header of 20 KB', `GET /healthz HTTP/1.1\r\n${HOST}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`, {
        expect: statusIs(431),
      }),
      raw(this.name, 'one header of 1 MB', `GET /healthz HTTP/1.1\r\n${HOST}X-Big: ${'a'.repeat(1_000_000)}\r\n\r\n`, {
        expect: statusIs(431),
      }),
      raw(this.name, '2,000 headers', `GET /healthz HTTP/1.1\r\n${HOST}${many(2000)}\r\n`),
      raw(
        this.name,
        'a cookie of 64 KB on a query',
        `${postHead(`Cookie: ${'c=1; '.repeat(13_000)}\r\nContent-Length: ${QUERY_BODY.length}\r\n`)}\r\n${QUERY_BODY}`,
        { expect: statusIs(431) },
      ),
      raw(
        this.name,
        'an Authorization of 15 KB',
        `${postHead(`Authorization: Bearer ${'k'.repeat(15_000)}\r\nContent-Length: ${QUERY_BODY.length}\r\n`)}\r\n${QUERY_BODY}`,
      ),
    ];
  },
  random(_ctx, rnd) {
    const n = rnd.logInt(100, 200_000);
    return raw(this.name, `a header of ${n} bytes (random)`, `GET /healthz HTTP/1.1\r\n${HOST}X-Big: ${'a'.repeat(n)}\r\n\r\n`);
  },
};

const METHODS = ['PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND', 'OPTIONS', 'HEAD', 'MKCOL', 'SEARCH'];
const PATHS = ['/graphql', '/export', '/healthz', '/readyz', '/', '/nothing'];

const methods: Family = {
  category: 'http',
  name: 'wrong methods',
  weight: 1,
  systematic() {
    return METHODS.flatMap((method) =>
      PATHS.map((path) =>
        raw(
          this.name,
          `${method} ${path}`,
          `${method} ${path} HTTP/1.1\r\n${HOST}Content-Length: ${QUERY_BODY.length}\r\nContent-Type: application/json\r\n\r\n${QUERY_BODY}`,
        ),
      ),
    );
  },
  random(_ctx, rnd) {
    const method = rnd.pick([...METHODS, 'POST', 'GET']);
    const path = rnd.pick(PATHS);
    return raw(
      this.name,
      `${method} ${path} (random)`,
      `${method} ${path} HTTP/1.1\r\n${HOST}Content-Length: ${QUERY_BODY.length}\r\nContent-Type: application/json\r\n\r\n${QUERY_BODY}`,
    );
  },
};

const chunk = (s: string) => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`;
const chunkedHead = postHead('Transfer-Encoding: chunked\r\n') + '\r\n';

const chunked: Family = {
  category: 'http',
  name: 'chunked bodies that lie',
  weight: 2,
  systematic() {
    return [
      raw(this.name, 'a well-formed chunked body', `${chunkedHead}${chunk(QUERY_BODY)}0\r\n\r\n`),
      raw(this.name, 'a chunk longer than it says', `${chunkedHead}5\r\n${QUERY_BODY}\r\n0\r\n\r\n`),
      raw(this.name, 'a chunk shorter than it says, then silence', `${chunkedHead}ff\r\n${QUERY_BODY}`, { incomplete: true }),
      raw(this.name, 'no last chunk', `${chunkedHead}${chunk(QUERY_BODY)}`, { incomplete: true }),
      raw(this.name, 'a size that is not hex', `${chunkedHead}zz\r\n${QUERY_BODY}\r\n0\r\n\r\n`),
      raw(this.name, 'a negative size', `${chunkedHead}-1\r\n${QUERY_BODY}\r\n0\r\n\r\n`),
      raw(this.name, 'a size of 2^64 - 1 (waits for the rest)', `${chunkedHead}ffffffffffffffff\r\n${QUERY_BODY}\r\n0\r\n\r\n`, {
        incomplete: true,
      }),
      raw(this.name, 'a size of 2^64', `${chunkedHead}10000000000000000\r\n${QUERY_BODY}\r\n0\r\n\r\n`),
      raw(
        this.name,
        'a size with leading zeros',
        `${chunkedHead}${'0'.repeat(200)}${QUERY_BODY.length.toString(16)}\r\n${QUERY_BODY}\r\n0\r\n\r\n`,
      ),
      raw(
        this.name,
        'a chunk extension of 50 KB',
        `${chunkedHead}${QUERY_BODY.length.toString(16)};${'e'.repeat(50_000)}\r\n${QUERY_BODY}\r\n0\r\n\r\n`,
      ),
      raw(this.name, 'trailers', `${chunkedHead}${chunk(QUERY_BODY)}0\r\nX-Trailer: ${'t'.repeat(1000)}\r\nContent-Length: 5\r\n\r\n`),
      raw(this.name, 'a bare LF after the size', `${chunkedHead}${QUERY_BODY.length.toString(16)}\n${QUERY_BODY}\n0\n\n`),
      raw(
        this.name,
        'a body of 10,000 one-byte chunks',
        `${chunkedHead}${[...`{"query":"{ currentRevision }"${' '.repeat(10_000 - QUERY_BODY.length)}}`].map(chunk).join('')}0\r\n\r\n`,
      ),
    ];
  },
  random(_ctx, rnd) {
    const size = rnd.int(0, 0x10000).toString(16);
    const cut = QUERY_BODY.slice(0, rnd.int(0, QUERY_BODY.length));
    const end = rnd.chance(0.5) ? '\r\n0\r\n\r\n' : '';
    return raw(this.name, `a chunk of declared size ${size} (random)`, `${chunkedHead}${size}\r\n${cut}${end}`, { incomplete: true });
  },
};

const LIMIT = 2 * 1024 * 1024;

const bodyLimit: Family = {
  category: 'http',
  name: 'bodies over the limit',
  weight: 1,
  systematic() {
    const big = `{"query":"{ currentRevision }","variables":{"x":"${'a'.repeat(LIMIT)}"}}`;
    return [
      raw(this.name, 'Content-Length over the limit, body sent', `${postHead(`Content-Length: ${big.length}\r\n`)}\r\n${big}`, {
        expect: statusIs(413),
      }),
      raw(this.name, 'Content-Length over the limit, no body', `${postHead(`Content-Length: ${LIMIT * 10}\r\n`)}\r\n`, {
        expect: statusIs(413),
      }),
      raw(this.name, 'Content-Length of 2^63', `${postHead('Content-Length: 9223372036854775807\r\n')}\r\n{}`),
      raw(
        this.name,
        'chunks adding up past the limit',
        `${chunkedHead}${chunk(big.slice(0, LIMIT / 2))}${chunk(big.slice(LIMIT / 2))}0\r\n\r\n`,
        { expect: statusIs(413) },
      ),
      raw(this.name, 'Expect: 100-continue over the limit', `${postHead(`Expect: 100-continue\r\nContent-Length: ${LIMIT + 1}\r\n`)}\r\n`, {
        incomplete: true,
      }),
      raw(this.name, 'Content-Length shorter than the body', `${postHead('Content-Length: 5\r\n')}\r\n${QUERY_BODY}`),
      raw(this.name, 'Content-Length longer than the body, then silence', `${postHead('Content-Length: 500\r\n')}\r\n${QUERY_BODY}`, {
        incomplete: true,
      }),
      raw(this.name, 'Content-Length not a number', `${postHead('Content-Length: abc\r\n')}\r\n${QUERY_BODY}`),
      raw(this.name, 'a negative Content-Length', `${postHead('Content-Length: -1\r\n')}\r\n${QUERY_BODY}`),
      {
        category: 'http',
        family: this.name,
        label: 'a body of 3 MB over fetch',
        request: post(`{"query":"{ currentRevision }","variables":{"x":"${'a'.repeat(3 * 1024 * 1024)}"}}`),
        expect: statusIs(413),
      },
    ];
  },
  random(_ctx, rnd) {
    const n = rnd.int(LIMIT - 1000, LIMIT + 1000);
    const body = `{"query":"{ currentRevision }","variables":{"x":"${'a'.repeat(n)}"}}`;
    return raw(this.name, `a body of ${body.length} bytes (random)`, `${postHead(`Content-Length: ${body.length}\r\n`)}\r\n${body}`);
  },
};

/** A second request hidden in the body: the service must never answer it as a request of its own. */
const SMUGGLED = `GET /export?format=json HTTP/1.1\r\n${HOST}\r\n`;
const atMostOne = (answer: Answer) =>
  answer.answers > 1 ? `${answer.answers} answers on one connection: a request was smuggled through` : null;

const smuggling: Family = {
  category: 'http',
  name: 'request smuggling',
  weight: 1,
  systematic() {
    const body = `0\r\n\r\n${SMUGGLED}`;
    const cases: [string, string][] = [
      ['Content-Length and Transfer-Encoding (CL.TE)', postHead(`Content-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n`)],
      ['Transfer-Encoding and Content-Length (TE.CL)', postHead(`Transfer-Encoding: chunked\r\nContent-Length: 3\r\n`)],
      ['Transfer-Encoding: chunked, identity', postHead(`Transfer-Encoding: chunked, identity\r\nContent-Length: ${body.length}\r\n`)],
      ['Transfer-Encoding: xchunked', postHead(`Transfer-Encoding: xchunked\r\nContent-Length: ${body.length}\r\n`)],
      ['Transfer-Encoding with a space before the colon', postHead(`Transfer-Encoding : chunked\r\nContent-Length: ${body.length}\r\n`)],
      ['Transfer-Encoding folded', postHead(`X-A: b\r\n Transfer-Encoding: chunked\r\nContent-Length: ${body.length}\r\n`)],
      [
        'Transfer-Encoding twice',
        postHead(`Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\nContent-Length: ${body.length}\r\n`),
      ],
      ['two different Content-Lengths', postHead(`Content-Length: 5\r\nContent-Length: ${body.length}\r\n`)],
      ['Content-Length with a plus sign', postHead(`Content-Length: +${body.length}\r\n`)],
      ['Transfer-Encoding with a tab', postHead(`Transfer-Encoding:\tchunked\r\nContent-Length: ${body.length}\r\n`)],
      ['Transfer-Encoding in upper case with CL', postHead(`TRANSFER-ENCODING: CHUNKED\r\nContent-Length: ${body.length}\r\n`)],
    ];
    return [
      ...cases.map(([label, head]) => raw(this.name, label, `${head}\r\n${body}`, { graceMs: 600, expect: atMostOne })),
      raw(this.name, 'a chunked body with a request after its last chunk', `${chunkedHead}${chunk(QUERY_BODY)}0\r\n\r\nGARBAGE`, {
        graceMs: 400,
      }),
    ];
  },
  random(ctx, rnd) {
    return rnd.pick(this.systematic(ctx));
  },
};

const slow: Family = {
  category: 'http',
  name: 'slow headers',
  weight: 0.2,
  systematic() {
    const drip = (head: string, n: number, every: number) => [
      { data: head },
      ...Array.from({ length: n }, (_, i) => ({ data: `X-S${i}: s\r\n`, delayMs: every })),
    ];
    return [
      raw(this.name, 'headers one line every 250 ms for 3 s, 20 connections', '', {
        pieces: drip(`GET /healthz HTTP/1.1\r\n${HOST}`, 12, 250),
        connections: 20,
        incomplete: true,
        deadlineMs: 3_500,
      }),
      raw(this.name, 'a body one byte every 200 ms for 3 s', '', {
        pieces: [
          { data: postHead(`Content-Length: ${QUERY_BODY.length}\r\n`) + '\r\n' },
          ...[...QUERY_BODY.slice(0, 15)].map((c) => ({ data: c, delayMs: 200 })),
        ],
        incomplete: true,
        deadlineMs: 3_500,
      }),
    ];
  },
  random(ctx, rnd) {
    return rnd.pick(this.systematic(ctx));
  },
};

const pipelining: Family = {
  category: 'http',
  name: 'pipelining and upgrades',
  weight: 0.5,
  systematic() {
    return [
      raw(this.name, '50 requests in one write', `GET /healthz HTTP/1.1\r\n${HOST}\r\n`.repeat(50), { graceMs: 500 }),
      raw(
        this.name,
        'a query then garbage on one connection',
        `${postHead(`Content-Length: ${QUERY_BODY.length}\r\n`)}\r\n${QUERY_BODY}GARBAGE\r\n\r\n`,
        { graceMs: 400 },
      ),
      raw(
        this.name,
        'a WebSocket upgrade with a bad version',
        `GET /graphql HTTP/1.1\r\n${HOST}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: x\r\nSec-WebSocket-Version: 99\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
      ),
      raw(
        this.name,
        'a WebSocket upgrade on /export',
        `GET /export HTTP/1.1\r\n${HOST}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      ),
      raw(
        this.name,
        'an h2c upgrade',
        `GET /healthz HTTP/1.1\r\n${HOST}Upgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n`,
      ),
    ];
  },
  random(ctx, rnd) {
    return rnd.pick(this.systematic(ctx));
  },
};

// --- /export ------------------------------------------------------------------------------

const exportParams: Family = {
  category: 'export',
  name: 'export parameters',
  weight: 4,
  systematic(ctx) {
    const claim = ctx.seed.claims[0] ?? 'claim:x';
    const params = [
      'format=xml',
      'format=',
      'format=JSON',
      'format=..%2F..%2Fetc%2Fpasswd',
      `format=${'j'.repeat(10_000)}`,
      'format=json&format=aif',
      'root=claim%3Anothing-here',
      'root=assertion%3Ax',
      'root=',
      `root=claim%3A${'x'.repeat(10_000)}`,
      "root=claim%3A'%20OR%201%3D1",
      `root=${encode(claim)}&depth=-1`,
      `root=${encode(claim)}&depth=7`,
      `root=${encode(claim)}&depth=1e3`,
      `root=${encode(claim)}&depth=NaN`,
      `root=${encode(claim)}&depth=2.5`,
      `root=${encode(claim)}&depth=0x2`,
      `root=${encode(claim)}&depth=99999999999999999999`,
      ...INVALID_DATES.map((d) => `format=json&asOf=${encode(d)}`),
      ...['-1', '0', 'abc', '1e30', '2147483648', '1.5', ''].map((r) => `format=json&atRevision=${r}`),
      'asOf=2025-04-20T12%3A00%3A00Z&atRevision=1',
      'format=%zz',
      '%zz=%zz',
      `format=dot&root=${encode(claim)}&depth=6`,
      'format=json&asOf=2024-02-29T00%3A00%3A00Z',
      'format=aif',
      'format=graphml',
    ];
    return [
      ...params.map((p) => ({
        category: 'export' as const,
        family: this.name,
        label: p.slice(0, 60),
        request: get(`/export?${p}`),
        deadlineMs: 30_000,
      })),
      ...['POST', 'PUT', 'DELETE', 'HEAD'].map((method) => ({
        category: 'export' as const,
        family: this.name,
        label: method,
        request: get('/export?format=json', {}, method),
        deadlineMs: 30_000,
      })),
    ];
  },
  random(ctx, rnd) {
    const parts = Array.from({ length: rnd.int(1, 4) }, () =>
      rnd.pick([
        () => `format=${encode(rnd.pick(['json', 'aif', 'dot', 'graphml', 'cytoscape', 'argdown', 'iccma', 'apx', rnd.pick(NASTY)]))}`,
        () => `root=${encode(rnd.chance(0.5) ? rnd.pick(ctx.seed.claims.length ? ctx.seed.claims : ['claim:x']) : rnd.pick(NASTY))}`,
        () => `depth=${rnd.pick(['-1', '0', '3', '6', '7', 'x', '1e9'])}`,
        () => `asOf=${encode(rnd.pick([...INVALID_DATES, ...VALID_DATES]))}`,
        () => `atRevision=${rnd.pick(['-1', '0', '1', '2', '1e9', 'x'])}`,
      ])(),
    );
    return {
      category: 'export',
      family: this.name,
      label: 'export parameters (random)',
      request: get(`/export?${parts.join('&')}`),
      deadlineMs: 30_000,
    };
  },
};

// --- Writes without the right to write ----------------------------------------------------

function writeDocuments(ctx: CorpusContext): [string, string, Record<string, unknown>][] {
  const claim = ctx.seed.claims[0] ?? 'claim:x';
  const provision = ctx.seed.provisions[0] ?? 'provision:x';
  return [
    [
      'createClaim',
      'mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }',
      { i: { text: 'Unauthorised claim', kind: 'LEGAL' } },
    ],
    ['updateClaim', 'mutation($id: ID!) { updateClaim(id: $id, input: { text: "Changed without a key" }) { id } }', { id: claim }],
    ['deleteClaim', 'mutation($id: ID!) { deleteClaim(id: $id) }', { id: claim }],
    ['createProvision', 'mutation { createProvision(input: { name: "Unauthorised", kind: DOCTRINE }) { id } }', {}],
    [
      'citeProvision',
      'mutation($c: ID!, $p: ID!) { citeProvision(input: { claimId: $c, provisionId: $p, role: CONTEXT }) { role } }',
      { c: claim, p: provision },
    ],
    [
      'importGraph',
      'mutation($i: ImportGraphInput!) { importGraph(input: $i) { nodesCreated } }',
      { i: { issues: [{ id: 'issue:unauthorised', question: 'Unauthorised?' }] } },
    ],
    ['revert', 'mutation { revert(revision: 1) { revision } }', {}],
  ];
}

const WRONG_AUTH = [
  ['no header', null],
  ['an empty bearer', 'Bearer '],
  ['a wrong key', 'Bearer not-a-key-0123456789'],
  ['a key of 10 KB', `Bearer ${'k'.repeat(10_000)}`],
  ['Basic', 'Basic YWRtaW46YWRtaW4='],
  ['a token with alg none', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJhZG1pbiJ9.'],
  ['a key with a NUL... in URL-encoding', 'Bearer %00admin'],
  ['two schemes', 'Bearer x, Bearer y'],
] as const;

const auth: Family = {
  category: 'auth',
  name: 'writes without a valid key',
  weight: 3,
  systematic(ctx) {
    const probes: Probe[] = [];
    for (const [mutation, query, vars] of writeDocuments(ctx)) {
      for (const [label, header] of WRONG_AUTH)
        probes.push({
          category: 'auth',
          family: this.name,
          label: `${mutation}, ${label}`,
          request: post({ query, variables: vars }, header ? { authorization: header } : {}),
          expect: noData,
        });
      if (ctx.keys) {
        const near = `${ctx.keys.admin.slice(0, -1)}${ctx.keys.admin.endsWith('0') ? '1' : '0'}`;
        probes.push({
          category: 'auth',
          family: this.name,
          label: `${mutation}, the admin key off by one character`,
          request: post({ query, variables: vars }, bearer(near)),
          expect: noData,
        });
        probes.push({
          category: 'auth',
          family: this.name,
          label: `${mutation}, the admin key's first half`,
          request: post({ query, variables: vars }, bearer(ctx.keys.admin.slice(0, 12))),
          expect: noData,
        });
        probes.push({
          category: 'auth',
          family: this.name,
          label: `${mutation}, the read-only key`,
          request: post({ query, variables: vars }, bearer(ctx.keys.reader)),
          expect: noData,
        });
      }
    }
    // Headers fetch cannot send: a control character, a second Authorization.
    const body = JSON.stringify({ query: 'mutation { createIssue(input: { question: "Unauthorised?" }) { id } }' });
    probes.push(
      raw(
        this.name,
        'a key with a control character',
        `${postHead(`Authorization: Bearer k\u0001ey-0123456789\r\nContent-Length: ${body.length}\r\n`)}\r\n${body}`,
        { category: 'auth', expect: (a, j) => noData(a, j) },
      ),
      raw(
        this.name,
        'two Authorization headers, both wrong',
        `${postHead(`Authorization: Bearer wrong-0123456789\r\nAuthorization: Bearer wrong-9876543210\r\nContent-Length: ${body.length}\r\n`)}\r\n${body}`,
        { category: 'auth', expect: (a, j) => noData(a, j) },
      ),
    );
    return probes;
  },
  random(ctx, rnd) {
    const [mutation, query, vars] = rnd.pick(writeDocuments(ctx));
    const header = rnd.pick([
      ...WRONG_AUTH.map(([, h]) => h),
      `Bearer ${rnd.pick(NASTY)}`,
      ...(ctx.keys ? [`Bearer ${ctx.keys.reader}`] : []),
    ]);
    let headers: Record<string, string> = {};
    try {
      // fetch refuses some header values; those go without one.
      if (header) headers = Object.fromEntries(new Headers({ authorization: header }).entries());
    } catch {
      headers = {};
    }
    return {
      category: 'auth',
      family: this.name,
      label: `${mutation}, a wrong key (random)`,
      request: post({ query, variables: vars }, headers),
      expect: noData,
    };
  },
};

// --- Invalid input with the admin key: refused, nothing changed ----------------------------

function invalidWrites(ctx: CorpusContext): [string, string, Record<string, unknown>][] {
  const [c1 = 'claim:x', c2 = 'claim:y'] = ctx.seed.claims;
  // A stored part and the provision it is part of: importing the whole as part of its part closes a cycle.
  const [part = 'provision:x', whole = 'provision:y'] = ctx.seed.partOf[0] ?? [];
  const p1 = ctx.seed.provisions[0] ?? 'provision:x';
  const actor = ctx.seed.actors[0] ?? 'actor:x';
  const issue = ctx.seed.issues[0] ?? 'issue:x';
  const argument = ctx.seed.arguments[0] ?? 'argument:x';
  const stale = Math.max(0, ctx.revision - 1);
  const createClaim = 'mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }';
  const createArgument = 'mutation($i: CreateArgumentInput!) { createArgument(input: $i) { id } }';
  const importGraph = 'mutation($i: ImportGraphInput!) { importGraph(input: $i) { nodesCreated } }';
  return [
    ['a claim with empty text', createClaim, { i: { text: '', kind: 'LEGAL' } }],
    ['a claim of spaces', createClaim, { i: { text: ' \n\t ', kind: 'LEGAL' } }],
    ['a claim of 5,001 characters', createClaim, { i: { text: 'x'.repeat(5_001), kind: 'LEGAL' } }],
    ['a claim with an id taken', createClaim, { i: { id: c1, text: 'Taken id', kind: 'LEGAL' } }],
    ['a claim with an id of another label', createClaim, { i: { id: 'actor:not-a-claim', text: 'Wrong label', kind: 'LEGAL' } }],
    ['a claim with a malformed id', createClaim, { i: { id: 'claim:Not Valid!', text: 'Bad id', kind: 'LEGAL' } }],
    [
      'a claim citing a missing provision',
      createClaim,
      { i: { text: 'Cites nothing', kind: 'LEGAL', citations: [{ provisionId: 'provision:missing', role: 'CONTEXT' }] } },
    ],
    [
      'a claim asserted by a missing actor',
      createClaim,
      { i: { text: 'Nobody said it', kind: 'LEGAL', assertion: { actorId: 'actor:missing' } } },
    ],
    [
      'a claim on a missing issue',
      createClaim,
      { i: { text: 'No issue', kind: 'LEGAL', positions: [{ issueId: 'issue:missing', stance: 'PRO' }] } },
    ],
    [
      'a claim with an invalid date',
      createClaim,
      { i: { text: 'Bad date', kind: 'LEGAL', assertion: { actorId: actor, date: '2025-02-30' } } },
    ],
    ['a self-attack', createArgument, { i: { kind: 'ATTACK', attackKind: 'REBUT', premiseIds: [c1], conclusionId: c1 } }],
    ['an argument without premises', createArgument, { i: { kind: 'SUPPORT', premiseIds: [], conclusionId: c1 } }],
    ['an argument with a missing premise', createArgument, { i: { kind: 'SUPPORT', premiseIds: ['claim:missing'], conclusionId: c1 } }],
    [
      'an argument with a conclusion and a target',
      createArgument,
      { i: { kind: 'ATTACK', attackKind: 'UNDERCUT', premiseIds: [c1], conclusionId: c2, targetArgumentId: argument } },
    ],
    ['an UNDERCUT of a claim', createArgument, { i: { kind: 'ATTACK', attackKind: 'UNDERCUT', premiseIds: [c1], conclusionId: c2 } }],
    ['a premise listed twice', createArgument, { i: { kind: 'SUPPORT', premiseIds: [c1, c1], conclusionId: c2 } }],
    ['a support of an argument', createArgument, { i: { kind: 'SUPPORT', premiseIds: [c1], targetArgumentId: argument } }],
    ['a support with an attackKind', createArgument, { i: { kind: 'SUPPORT', attackKind: 'REBUT', premiseIds: [c1], conclusionId: c2 } }],
    [
      'an argument with 10,000 premises',
      createArgument,
      { i: { kind: 'SUPPORT', premiseIds: Array.from({ length: 10_000 }, (_, i) => `claim:p${i}`), conclusionId: c1 } },
    ],
    [
      'a stale expectedRevision',
      `mutation($id: ID!) { updateClaim(id: $id, input: { text: "Stale edit" }, expectedRevision: ${stale}) { id } }`,
      { id: c1 },
    ],
    [
      'a negative expectedRevision',
      'mutation($id: ID!) { updateClaim(id: $id, input: { text: "Negative" }, expectedRevision: -1) { id } }',
      { id: c1 },
    ],
    ['an update with empty text', 'mutation($id: ID!) { updateClaim(id: $id, input: { text: "" }) { id } }', { id: c1 }],
    ['an update of a missing claim', 'mutation { updateClaim(id: "claim:missing", input: { text: "x" }) { id } }', {}],
    ['a delete of a missing claim', 'mutation { deleteClaim(id: "claim:missing") }', {}],
    ['a delete of an actor id as a claim', 'mutation($id: ID!) { deleteClaim(id: $id) }', { id: actor }],
    [
      'a citation of a missing provision',
      'mutation($c: ID!) { citeProvision(input: { claimId: $c, provisionId: "provision:missing", role: CONTEXT }) { role } }',
      { c: c1 },
    ],
    [
      'a position on a missing issue',
      'mutation($c: ID!) { setPosition(input: { claimId: $c, issueId: "issue:missing", stance: PRO }) { stance } }',
      { c: c1 },
    ],
    ['an assertion of nothing', 'mutation($a: ID!) { addAssertion(input: { actorId: $a }) { id } }', { a: actor }],
    [
      'an assertion of a claim and an argument',
      'mutation($a: ID!, $c: ID!, $g: ID!) { addAssertion(input: { actorId: $a, claimId: $c, argumentId: $g }) { id } }',
      { a: actor, c: c1, g: argument },
    ],
    [
      'a source with a date that does not exist',
      'mutation { createSource(input: { title: "Bad date", kind: NEWS, publishedAt: "2025-02-30" }) { id } }',
      {},
    ],
    [
      'a source with a URL that is not one',
      'mutation { createSource(input: { title: "Bad URL", kind: NEWS, url: "javascript:alert(1)" }) { id } }',
      {},
    ],
    [
      'a provision part of a missing one',
      'mutation { createProvision(input: { name: "Orphan", kind: CLAUSE, partOfId: "provision:missing" }) { id } }',
      {},
    ],
    [
      'a provision part of itself',
      'mutation { createProvision(input: { id: "provision:fuzz-self", name: "Self", kind: CLAUSE, partOfId: "provision:fuzz-self" }) { id } }',
      {},
    ],
    ['an issue with empty question', 'mutation { createIssue(input: { question: "" }) { id } }', {}],
    ['an actor of 100 KB', 'mutation($n: String!) { createActor(input: { name: $n, kind: PERSON }) { id } }', { n: 'n'.repeat(100_000) }],
    [
      'an import with a dangling premise',
      importGraph,
      {
        i: {
          claims: [{ id: 'claim:fuzz-import-a', text: 'Dangling', kind: 'LEGAL' }],
          arguments: [
            { id: 'argument:fuzz-dangling', kind: 'SUPPORT', premiseIds: ['claim:missing'], conclusionId: 'claim:fuzz-import-a' },
          ],
        },
      },
    ],
    [
      'an import with one id twice',
      importGraph,
      {
        i: {
          claims: [
            { id: 'claim:fuzz-twice', text: 'One', kind: 'LEGAL' },
            { id: 'claim:fuzz-twice', text: 'Two', kind: 'LEGAL' },
          ],
        },
      },
    ],
    [
      'an import of a self-attack',
      importGraph,
      {
        i: {
          claims: [{ id: 'claim:fuzz-self-attack', text: 'Self', kind: 'LEGAL' }],
          arguments: [
            {
              id: 'argument:fuzz-self-attack',
              kind: 'ATTACK',
              attackKind: 'REBUT',
              premiseIds: ['claim:fuzz-self-attack'],
              conclusionId: 'claim:fuzz-self-attack',
            },
          ],
        },
      },
    ],
    [
      'an import of a PART_OF cycle',
      importGraph,
      {
        i: {
          provisions: [
            { id: 'provision:fuzz-cycle-a', name: 'A', kind: 'CLAUSE', partOfId: 'provision:fuzz-cycle-b' },
            { id: 'provision:fuzz-cycle-b', name: 'B', kind: 'CLAUSE', partOfId: 'provision:fuzz-cycle-a' },
          ],
        },
      },
    ],
    [
      'an import of PRO and CON on one issue',
      importGraph,
      {
        i: {
          claims: [{ id: 'claim:fuzz-both-sides', text: 'Both sides', kind: 'LEGAL' }],
          positions: [
            { claimId: 'claim:fuzz-both-sides', issueId: issue, stance: 'PRO' },
            { claimId: 'claim:fuzz-both-sides', issueId: issue, stance: 'CON' },
          ],
        },
      },
    ],
    [
      'an import citing a stored provision with a bad role',
      importGraph,
      { i: { citations: [{ claimId: c1, provisionId: p1, role: 'NOPE' }] } },
    ],
    [
      'an import making a stored provision part of its own part',
      importGraph,
      { i: { provisions: [{ id: whole, name: 'Whole', kind: 'CONSTITUTION', partOfId: part }] } },
    ],
    ['a revert of a revision that does not exist', 'mutation { revert(revision: 999999999) { revision } }', {}],
    ['a revert of revision 0', 'mutation { revert(revision: 0) { revision } }', {}],
  ];
}

const invalidInput: Family = {
  category: 'invalid-write',
  name: 'invalid input with the admin key',
  weight: 3,
  ownServiceOnly: true,
  systematic(ctx) {
    return invalidWrites(ctx).map(([label, query, vars]) => ({
      category: 'invalid-write' as const,
      family: this.name,
      label,
      request: post({ query, variables: vars }, bearer(ctx.keys!.admin)),
      expect: noData,
    }));
  },
  random(ctx, rnd) {
    // The bad value varies: text that is empty or too long, ids that do not exist or are malformed.
    const bad = rnd.pick([
      () => ({
        label: 'claim text too long (random)',
        query: 'mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }',
        vars: { i: { text: 'x'.repeat(rnd.int(5_001, 50_000)), kind: 'POLICY' } },
      }),
      () => ({
        label: 'claim with a nasty id (random)',
        query: 'mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }',
        vars: { i: { id: `claim:${rnd.pick(NASTY)}!`, text: 'Nasty id', kind: 'POLICY' } },
      }),
      () => ({
        label: 'argument with missing premises (random)',
        query: 'mutation($i: CreateArgumentInput!) { createArgument(input: $i) { id } }',
        vars: {
          i: {
            kind: 'SUPPORT',
            premiseIds: [`claim:missing-${rnd.int(0, 1e9)}`],
            conclusionId: rnd.pick(ctx.seed.claims.length ? ctx.seed.claims : ['claim:x']),
          },
        },
      }),
      () => ({
        label: 'citation of a missing provision (random)',
        query: 'mutation($c: ID!, $p: ID!) { citeProvision(input: { claimId: $c, provisionId: $p, role: PERMITS }) { role } }',
        vars: { c: rnd.pick(ctx.seed.claims.length ? ctx.seed.claims : ['claim:x']), p: `provision:missing-${rnd.int(0, 1e9)}` },
      }),
      () => ({
        label: 'delete of a missing claim (random)',
        query: 'mutation($id: ID!) { deleteClaim(id: $id) }',
        vars: { id: `claim:missing-${rnd.int(0, 1e9)}` },
      }),
    ])();
    return {
      category: 'invalid-write',
      family: this.name,
      label: bad.label,
      request: post({ query: bad.query, variables: bad.vars }, bearer(ctx.keys!.admin)),
      expect: noData,
    };
  },
};

export const FAMILIES: readonly Family[] = [
  fragmentBombs,
  fragmentChains,
  deepNesting,
  aliasFamily,
  directives,
  variables,
  enums,
  emptyQueries,
  operations,
  introspection,
  subscriptions,
  batching,
  persisted,
  hugeStrings,
  dates,
  unicode,
  getRequests,
  mediaTypes,
  spliced,
  requestLines,
  headerSizes,
  methods,
  chunked,
  bodyLimit,
  smuggling,
  slow,
  pipelining,
  exportParams,
  auth,
  invalidInput,
];

/** The order to take a list in so that any prefix is spread over all of it: 0, n/2, n/4, 3n/4, n/8... */
function spreadOrder<T>(list: readonly T[]): T[] {
  const taken = new Set<number>();
  const order: T[] = [];
  for (let parts = 1; taken.size < list.length; parts *= 2) {
    for (let k = 0; k < parts; k++) {
      const at = Math.floor((k / parts) * list.length);
      if (!taken.has(at)) {
        taken.add(at);
        order.push(list[at]!);
      }
    }
  }
  return order;
}

/**
 * The probes of a run: the systematic cases of every family taken in turn (so a small budget still
 * touches each family, and within a family cases spread over its list), then random ones drawn by
 * weight until the budget is spent.
 */
export function planProbes(ctx: CorpusContext, budget: number, rnd: Random, ownService: boolean): Probe[] {
  const families = FAMILIES.filter((f) => ownService || !f.ownServiceOnly);
  const lists = families.map((f) => spreadOrder(f.systematic(ctx)));
  const plan: Probe[] = [];
  for (let round = 0; plan.length < budget && lists.some((l) => l.length > round); round++) {
    for (const list of lists) if (list[round] && plan.length < budget) plan.push(list[round]!);
  }
  const total = families.reduce((s, f) => s + f.weight, 0);
  while (plan.length < budget) {
    let at = rnd.next() * total;
    const family = families.find((f) => (at -= f.weight) < 0) ?? families[0]!;
    plan.push(family.random(ctx, rnd));
  }
  return plan;
}
