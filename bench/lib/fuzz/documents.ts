/**
 * The worst GraphQL documents that fit under the service's limits (2000 tokens, depth 10, 15
 * aliases): the shapes whose analysis could grow faster than their size. The fuzz sends them at
 * many sizes; bench/hostile-documents.ts times them one by one.
 */

/** The service's token limit (src/api/graphql/yoga.ts QUERY_LIMITS.tokens). */
export const TOKEN_LIMIT = 2000;

/** GraphQL lexical tokens of a document, as graphql-armor counts them (punctuators, names, values). */
export function countTokens(document: string): number {
  const tokens = document.match(
    /\.\.\.|"""[\s\S]*?"""|"(?:[^"\\]|\\.)*"|[!$&():=@[\]{|}]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[_A-Za-z][_0-9A-Za-z]*/g,
  );
  return tokens?.length ?? 0;
}

/**
 * The issue's fragment bomb: `depth` fragments on Query, each spreading the next `spreads` times,
 * the last selecting `currentRevision` `spreads` times. Priced naively it is spreads^depth fields.
 */
export function fragmentBomb(spreads: number, depth: number, leaf = 'currentRevision'): string {
  const spread = (name: string) => Array(spreads).fill(`...${name}`).join(' ');
  let query = `query Q { ${spread('F1')} }`;
  for (let i = 1; i <= depth; i++) {
    query += ` fragment F${i} on Query { ${i < depth ? spread(`F${i + 1}`) : Array(spreads).fill(leaf).join(' ')} }`;
  }
  return query;
}

/** The largest spread count of `fragmentBomb(_, depth)` that stays within the token limit. */
export function largestBomb(depth: number, leaf = 'currentRevision', limit = TOKEN_LIMIT): number {
  let spreads = 1;
  while (countTokens(fragmentBomb(spreads + 1, depth, leaf)) <= limit) spreads += 1;
  return spreads;
}

/** A chain of `length` fragments, each spreading the next twice: 2^length fields, 9 tokens a link. */
export function fragmentChain(length: number, leaf = 'currentRevision'): string {
  let query = 'query Q { ...F1 }';
  for (let i = 1; i <= length; i++) query += ` fragment F${i} on Query { ${i < length ? `...F${i + 1} ...F${i + 1}` : leaf} }`;
  return query;
}

/** The longest `fragmentChain` under the token limit. */
export function longestChain(limit = TOKEN_LIMIT): number {
  let length = 1;
  while (countTokens(fragmentChain(length + 1)) <= limit) length += 1;
  return length;
}

/** A fragment bomb inside nested lists: each spread of a claim fragment multiplies under a page of claims. */
export function nestedListBomb(spreads: number, depth: number): string {
  const spread = (name: string) => Array(spreads).fill(`...${name}`).join(' ');
  let query = `query Q { claims(first: 100) { edges { node { ${spread('C1')} } } } }`;
  for (let i = 1; i <= depth; i++) {
    query += ` fragment C${i} on Claim { ${i < depth ? spread(`C${i + 1}`) : 'id text counterclaims { id premiseOf { id } }'} }`;
  }
  return query;
}

/** A list value nested `depth` deep in an argument (the parser recurses once a level). */
export const deepList = (depth: number) => `{ claims(where: { kind: ${'['.repeat(depth)}LEGAL${']'.repeat(depth)} }) { totalCount } }`;

/** An object value nested `depth` deep. */
export const deepObject = (depth: number) => `{ claims(where: ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)}) { totalCount } }`;

/** Selections nested `depth` deep (far past the depth limit of 10). */
export const deepSelection = (depth: number) =>
  `{ ${'claims { edges { node { counterclaims '.repeat(Math.ceil(depth / 4))}{ id }${' } } }'.repeat(Math.ceil(depth / 4))} }`;

/** `count` aliases of one field (15 are allowed). */
export const aliases = (count: number, field = 'currentRevision') =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** The 15 allowed aliases, each a page of 100 claims with what the cost limit lets through. */
export const heavyAliases = (count = 15) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: claims(first: 100) { totalCount edges { node { id text } } }`).join(' ')} }`;

/** Aliases hidden in a fragment that a bomb spreads: counted once per spread, or once? */
export function aliasBomb(spreads: number, depth: number): string {
  const spread = (name: string) => Array(spreads).fill(`...${name}`).join(' ');
  let query = `query Q { ${spread('F1')} }`;
  for (let i = 1; i <= depth; i++) {
    query += ` fragment F${i} on Query { ${i < depth ? spread(`F${i + 1}`) : Array.from({ length: 15 }, (_, k) => `a${k}: currentRevision`).join(' ')} }`;
  }
  return query;
}

/** One field under `count` @include/@skip directives. */
export const directiveStack = (count: number) =>
  `{ currentRevision ${Array.from({ length: count }, (_, i) => (i % 2 ? '@skip(if: false)' : '@include(if: true)')).join(' ')} }`;
