import { invalid } from './errors.js';
import { isIsoDate, isIsoDateTime } from './dates.js';
import { labelOfId, type NodeLabel, ID_PREFIXES } from './ids.js';

/** Length bounds of every user-supplied string (characters, after trimming). */
export const LIMITS = {
  text: 5000, // whole posts are one I-node in annotated corpora (IAC: up to 2,572 characters)
  question: 500,
  name: 200,
  title: 300,
  description: 1000,
  publisher: 200,
  author: 200,
  url: 2000,
  quote: 2000,
  scheme: 120,
  rationale: 2000,
  note: 1000,
  role: 200,
  citation: 200,
  summary: 2000,
  search: 200,
} as const;

export type LimitName = keyof typeof LIMITS;

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
/**
 * How many items a list on a node (a claim's, actor's or source's assertions, an actor's claims, a
 * provision's `citedBy`, an issue's `positions`) holds at most; the rest through the node's
 * connection field or a filtered `claims`. Written into the statements that read those lists.
 */
export const NODE_LIST_MAX = 100;
export const GRAPH_DEPTH_DEFAULT = 2;
export const GRAPH_DEPTH_MAX = 6;
/** From this depth on, a neighbourhood counts as a heavy read (see src/api/heavy-gate.ts). */
export const GRAPH_DEPTH_HEAVY = 3;
export const GRAPH_LIMIT_DEFAULT = 500;
export const GRAPH_LIMIT_MAX = 2000;
export const CHAIN_LENGTH_DEFAULT = 4;
export const CHAIN_LENGTH_MAX = 8;

/** How many similar claims a list holds when `first` is absent (Claim.similar, similarClaims). */
export const SIMILAR_DEFAULT = 10;
/** The lowest score duplicateCandidates lists when `minScore` is absent. */
export const DUPLICATE_MIN_SCORE_DEFAULT = 0.5;

/** `first` of a list of similar claims: 0 to PAGE_SIZE_MAX, SIMILAR_DEFAULT when absent. */
export const similarCount = (first: number | null | undefined): number => boundedInt(first, 'first', 0, PAGE_SIZE_MAX, SIMILAR_DEFAULT);

/** A similarity score bound: a number from 0 to 1. */
export function scoreBound(value: number | null | undefined, field: string, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw invalid(field, `${field} must be a number from 0 to 1`);
  return value;
}

/** A required string: trimmed, non-empty, bounded. */
export function requiredText(value: string, field: string, limit: LimitName): string {
  const text = value.trim();
  if (!text) throw invalid(field, `${field} must not be empty`);
  if (text.length > LIMITS[limit]) {
    throw invalid(field, `${field} is ${text.length} characters long; at most ${LIMITS[limit]} are allowed`);
  }
  return text;
}

/** An optional string: trimmed, bounded; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, limit: LimitName): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (!text) return null;
  if (text.length > LIMITS[limit]) {
    throw invalid(field, `${field} is ${text.length} characters long; at most ${LIMITS[limit]} are allowed`);
  }
  return text;
}

export function optionalUrl(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 'url');
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(field, `${field} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid(field, `${field} must be an http or https URL`);
  }
  return text;
}

/** An id that must name a node of the given label (by its prefix, e.g. `claim:`). */
export function idOf(label: NodeLabel, value: string, field: string): string {
  const id = value.trim();
  const actual = labelOfId(id);
  if (actual === null) {
    throw invalid(
      field,
      `${field} "${id.slice(0, 140)}" is not a valid id: expected "${ID_PREFIXES[label]}:" followed by lowercase words joined by hyphens`,
    );
  }
  if (actual !== label) {
    throw invalid(
      field,
      `${field} "${id}" is a ${actual.toLowerCase()} id, but a ${label.toLowerCase()} id ("${ID_PREFIXES[label]}:...") is needed here`,
    );
  }
  return id;
}

export function optionalIdOf(label: NodeLabel, value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return idOf(label, value, field);
}

/** A well-formed id of any node type, or null when none is given. */
export function optionalAnyIdOf(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const id = value.trim();
  if (labelOfId(id) === null) {
    throw invalid(field, `${field} "${id.slice(0, 140)}" is not a valid id: a type prefix such as "claim:" followed by lowercase words`);
  }
  return id;
}

export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE_MAX) {
    throw invalid(field, `${field} must be between 0 and ${PAGE_SIZE_MAX}`);
  }
  return first;
}

export function boundedInt(value: number | null | undefined, field: string, min: number, max: number, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, `${field} must be between ${min} and ${max}`);
  }
  return value;
}

/** An optional calendar date, YYYY-MM-DD; empty becomes null. */
export function optionalDate(value: string | null | undefined, field: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (!isIsoDate(text)) throw invalid(field, `${field} must be a calendar date written YYYY-MM-DD`);
  return text;
}

/** One of an enum's values (GraphQL checks them too; a document read from a file may not have been). */
export function oneOf<const T extends string>(values: readonly T[], value: unknown, field: string): T {
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw invalid(field, `${field} must be one of ${values.join(', ')}`);
}

export function optionalOneOf<const T extends string>(values: readonly T[], value: unknown, field: string): T | null {
  return value === null || value === undefined ? null : oneOf(values, value, field);
}

/**
 * The fields an update input gives: a field left out stays as it is, one given as null is cleared
 * (and refused by the entity's validator when the entity needs it). BAD_USER_INPUT when none is given.
 */
export function givenFields<T extends object>(input: T, at: string): Partial<T> {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
  if (Object.keys(given).length === 0) throw invalid(at.replace(/\.$/, '') || 'input', 'Nothing to update: give at least one field');
  return given;
}

/** A node the input refers to, with the field that named it (for the error when it does not exist). */
export interface InputReference {
  id: string;
  label: NodeLabel;
  field: string;
}

/** A node a neighbourhood can start from: any labelled id but an assertion's. */
export function graphRootOf(value: string, field: string): { id: string; label: Exclude<NodeLabel, 'Assertion'> } {
  const id = value.trim();
  const label = labelOfId(id);
  if (!label || label === 'Assertion') {
    throw invalid(field, `${field} must be the id of a claim, argument, actor, source, provision or issue, got "${value.slice(0, 140)}"`);
  }
  return { id, label };
}

/** A point in the map's past: a revision, or the last revision made by a time. */
export type PastPoint = { atRevision: number } | { asOf: string };

/**
 * The one rule for a point in the map's past (every read with `asOf`/`atRevision`, the export
 * route, `argmap export`): `atRevision` a revision number, or `asOf` a date-time with its offset;
 * not both; neither (null) for the present.
 */
export function pastPointOf(asOf: string | null | undefined, atRevision: number | null | undefined): PastPoint | null {
  if (asOf && atRevision !== null && atRevision !== undefined) throw invalid('atRevision', 'asOf and atRevision cannot be given together');
  if (atRevision !== null && atRevision !== undefined) {
    if (!Number.isInteger(atRevision) || atRevision < 0) throw invalid('atRevision', 'atRevision must be a revision number (0 or more)');
    return { atRevision };
  }
  if (asOf) {
    if (!isIsoDateTime(asOf)) {
      throw invalid(
        'asOf',
        `asOf must be a date-time that exists, with its offset, such as 2025-04-20T12:00:00Z; got "${asOf.slice(0, 40)}"`,
      );
    }
    return { asOf };
  }
  return null;
}

/** pastPointOf from text (a query string, a command-line option): a revision is written in digits only. */
export function pastPoint(asOf: string | null | undefined, atRevision: string | null | undefined): PastPoint | null {
  const revision = atRevision?.trim();
  return pastPointOf(asOf?.trim(), revision ? (/^\d{1,15}$/.test(revision) ? Number(revision) : Number.NaN) : undefined);
}
