import { SOURCE_KINDS, type SourceKind } from '../index.js';
import { givenFields, oneOf, optionalDate, optionalIdOf, optionalText, optionalUrl, requiredText } from '../validation.js';

export interface RawSource {
  id?: string | null;
  title: unknown;
  kind: unknown;
  publisher?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

export interface ValidSource {
  id: string | null;
  title: string;
  kind: SourceKind;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
}

/** A text in which assertions are reported: an article, an opinion, a court opinion, a post. */
export function validateSource(raw: RawSource, at: string): ValidSource {
  return {
    id: optionalIdOf('Source', raw.id, `${at}id`),
    title: requiredText(typeof raw.title === 'string' ? raw.title : '', `${at}title`, 'title'),
    kind: oneOf(SOURCE_KINDS, raw.kind, `${at}kind`),
    publisher: optionalText(raw.publisher, `${at}publisher`, 'publisher'),
    author: optionalText(raw.author, `${at}author`, 'author'),
    publishedAt: optionalDate(raw.publishedAt, `${at}publishedAt`),
    url: optionalUrl(raw.url, `${at}url`),
  };
}

/** A source as an update leaves it: the fields given over its current ones, checked as a new source is. */
export function applySourceUpdate(current: ValidSource & { id: string }, input: Partial<Omit<RawSource, 'id'>>, at: string): ValidSource {
  return validateSource({ ...current, ...givenFields(input, at), id: current.id }, at);
}
