/**
 * The words explanations are written in: a short label for each claim (its id's words, or the
 * first words of its text), unique within the map, and a short name for each speaker. Pure;
 * nothing here knows any particular debate.
 */

/** The most words a short label keeps. */
export const LABEL_WORDS = 9;
/** The longest short label, in characters (a label cut here ends with an ellipsis). */
export const LABEL_CHARS = 72;

/** A label reads as a title: its first letter upper case. */
const upperFirst = (text: string): string => text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());

const slugWords = (id: string): string[] => {
  const slug = id.slice(id.indexOf(':') + 1);
  return slug.split('-').filter(Boolean);
};

/** The key a word is compared by: lower case, letters and digits only. */
const key = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Edges of a word that are not letters or digits: quotation marks, brackets, punctuation. */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const isPlain = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/**
 * How the map's texts write the words they always capitalise, even inside a sentence ("El",
 * "US", "Bukele's"), keyed by `key`: the casing an id's lower-case words take back. Only the
 * words in `wanted` (keys) are looked for, when given: one pass over the texts either way.
 */
export function wordForms(texts: Iterable<string>, wanted?: ReadonlySet<string>): Map<string, string> {
  const forms = new Map<string, string>();
  const lower = new Set<string>();
  for (const text of texts) {
    const words = text.split(' ');
    let afterBreak = true;
    for (const raw of words) {
      if (!raw) continue;
      // Most words are plain letters at both ends: the regular expression only for the others.
      const word = isPlain(raw.charCodeAt(0)) && isPlain(raw.charCodeAt(raw.length - 1)) ? raw : raw.replace(EDGES, '');
      const breaks = /[.!?:]$/.test(raw);
      if (word) {
        const k = key(word);
        if (k && (!wanted || wanted.has(k))) {
          if (word === word.toLowerCase()) lower.add(k);
          else if (!afterBreak && !forms.has(k)) forms.set(k, word);
        }
      }
      afterBreak = breaks;
    }
  }
  // A word the texts also write in lower case is an ordinary word capitalised by a title or a name ("Bureau of Prisons").
  for (const k of lower) forms.delete(k);
  return forms;
}

/** An id's slug as words, when it reads as a phrase: at least two words, each of letters. */
function idWords(id: string): string[] | null {
  const words = slugWords(id);
  if (words.length < 2 || words.length > LABEL_WORDS + 3) return null;
  return words.every((w) => /^\p{L}[\p{L}']*$/u.test(w)) ? words : null;
}

/** The first words of a text: up to a clause break when that leaves at least four words, else LABEL_WORDS words. */
export function firstWords(text: string, words = LABEL_WORDS): string {
  return upperFirst(firstWordsAsWritten(text, words));
}

function firstWordsAsWritten(text: string, words: number): string {
  // Only the first words are looked at: one more than kept tells whether the text goes on.
  const all = text
    .trim()
    .slice(0, 40 * (words + 1))
    .split(/\s+/, words + 1)
    .filter(Boolean);
  if (all.length === 0) return '';
  let end = Math.min(all.length, words);
  for (let i = 4; i < end; i += 1)
    if (/[,;:—–]$/.test(all[i]!)) {
      end = i + 1;
      break;
    }
  let phrase = all.slice(0, end).join(' ');
  const cut = end < all.length;
  phrase = phrase.replace(/[\s,;:.—–]+$/u, '');
  if (phrase.length > LABEL_CHARS) return `${phrase.slice(0, LABEL_CHARS - 1).replace(/\s+\S*$/u, '')}…`;
  return cut ? `${phrase}…` : phrase;
}

/** A claim's label at a level: 0 its id's words (or its text's first words), 1 its text's first words, 2 more of them, 3 its id. */
function labelAt(id: string, text: string, level: number, forms: ReadonlyMap<string, string>): string {
  const words = level === 0 ? idWords(id) : null;
  if (words) return words.map((w) => forms.get(key(w)) ?? w).join(' ');
  if (level <= 1 && text.trim()) return firstWordsAsWritten(text, LABEL_WORDS);
  if (level <= 2 && text.trim()) return firstWordsAsWritten(text, 2 * LABEL_WORDS);
  return id;
}

/** The casing the map's texts give the words of its ids that read as phrases. */
function formsFor(claims: readonly { id: string; text: string }[]): Map<string, string> {
  const wanted = new Set(claims.flatMap((c) => idWords(c.id)?.map(key) ?? []));
  return wanted.size
    ? wordForms(
        claims.map((c) => c.text),
        wanted,
      )
    : new Map<string, string>();
}

/**
 * A short label for every claim, unique within the map: its id's words when the id reads as a
 * phrase, else the first words of its text; when two claims would share a label, each takes
 * more of its text, and finally its id. Linear in the size of the texts.
 */
export function shortLabels(claims: readonly { id: string; text: string }[], forms = formsFor(claims)): Map<string, string> {
  const level = new Uint8Array(claims.length);
  const labels = claims.map((c) => labelAt(c.id, c.text, 0, forms));
  // Clashes: every claim of a shared label takes the next level, until none is shared (the id is unique).
  for (let round = 0; round < 3; round += 1) {
    const seen = new Map<string, number>();
    const clashing = new Set<number>();
    labels.forEach((label, i) => {
      const lower = label.toLowerCase();
      const other = seen.get(lower);
      if (other === undefined) seen.set(lower, i);
      else clashing.add(other).add(i);
    });
    if (clashing.size === 0) break;
    for (const i of clashing) {
      level[i]! += 1;
      labels[i] = labelAt(claims[i]!.id, claims[i]!.text, level[i]!, forms);
    }
  }
  return new Map(claims.map((c, i) => [c.id, upperFirst(labels[i]!)]));
}

/**
 * The short labels of a map that changes a little at a time, kept between its revisions: the
 * first map is labelled whole; each later one (a new revision, or a past one) costs a comparison
 * of its claims with the last, and labels only the claims new or changed, each taking the first
 * level no other claim holds. Labels stay unique; a claim's label changes only with its text.
 */
export class LabelBook {
  private claims: readonly unknown[] | null = null;
  private readonly entries = new Map<string, { text: string; label: string; seen: number }>();
  private readonly holders = new Map<string, string>();
  private forms = new Map<string, string>();
  private generation = 0;

  /** Brings the book to these claims (the same array again costs nothing). */
  sync(claims: readonly { id: string }[], textOf: (id: string) => string): void {
    if (claims === this.claims) return;
    this.generation += 1;
    const changed: { id: string; text: string }[] = [];
    for (const c of claims) {
      const text = textOf(c.id);
      const entry = this.entries.get(c.id);
      if (entry && entry.text === text) entry.seen = this.generation;
      else changed.push({ id: c.id, text });
    }
    if (this.claims === null || changed.length > claims.length / 2) {
      this.rebuild(claims.map((c) => ({ id: c.id, text: textOf(c.id) })));
    } else {
      // Gone, or changed (labelled again below).
      for (const [id, entry] of this.entries) if (entry.seen !== this.generation) this.drop(id);
      for (const c of changed) {
        this.drop(c.id);
        let level = 0;
        let label = upperFirst(labelAt(c.id, c.text, level, this.forms));
        while (this.holders.has(label.toLowerCase()) && level < 3) label = upperFirst(labelAt(c.id, c.text, (level += 1), this.forms));
        this.entries.set(c.id, { text: c.text, label, seen: this.generation });
        this.holders.set(label.toLowerCase(), c.id);
      }
    }
    this.claims = claims;
  }

  /** A claim's label (undefined for a claim the book does not hold). */
  get(id: string): string | undefined {
    return this.entries.get(id)?.label;
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    if (this.holders.get(entry.label.toLowerCase()) === id) this.holders.delete(entry.label.toLowerCase());
  }

  private rebuild(claims: readonly { id: string; text: string }[]): void {
    this.entries.clear();
    this.holders.clear();
    this.forms = formsFor(claims);
    const labels = shortLabels(claims, this.forms);
    for (const c of claims) {
      const label = labels.get(c.id)!;
      this.entries.set(c.id, { text: c.text, label, seen: this.generation });
      this.holders.set(label.toLowerCase(), c.id);
    }
  }
}

/** A speaker as an explanation names them. */
export interface Speaker {
  id: string;
  name: string;
  /** The actor's kind: a PERSON is named by surname. */
  kind: string;
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** A person's name as written: two to four capitalised words or initials ("M. Isabel Medina"), nothing else. */
const PERSONAL_NAME = /^(\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;

/**
 * Short names for speakers: a person's surname (the full name when two of them share it, or when
 * the name is not one person's, as "Several legal experts"), anyone else's name; a remark in
 * brackets ("(not named; ABC News)") is left out.
 */
export function speakerNames(speakers: readonly Speaker[]): Map<string, string> {
  const plain = (s: Speaker) => s.name.replace(/\s*\([^)]*\)/g, '').trim() || s.name.trim();
  const surname = (s: Speaker): string | null => {
    const name = plain(s);
    const parts = name.split(/\s+/);
    while (parts.length > 1 && SUFFIXES.has(parts.at(-1)!.toLowerCase())) parts.pop();
    return s.kind === 'PERSON' && PERSONAL_NAME.test(parts.join(' ')) ? parts.at(-1)! : null;
  };
  const count = new Map<string, number>();
  for (const s of speakers) {
    const name = surname(s);
    if (name) count.set(name, (count.get(name) ?? 0) + 1);
  }
  return new Map(
    speakers.map((s) => {
      const name = surname(s);
      return [s.id, name && count.get(name) === 1 ? name : plain(s)];
    }),
  );
}

/** The longest list of speakers' names written out; the rest are counted ("and 2 others"). */
const SPEAKERS_CHARS = 40;

/** "Leopold", "Leopold and Cruz", "Leopold, Cruz and 2 others": short names first, as many as fit. */
export function joinSpeakers(names: readonly string[]): string {
  // Names of a few words (people, most organisations) first, in their order; descriptions of groups after.
  const ordered = [...names.filter((n) => n.length <= 20), ...names.filter((n) => n.length > 20)];
  const shown: string[] = [];
  let length = 0;
  for (const name of ordered) {
    if (shown.length > 0 && length + name.length > SPEAKERS_CHARS) break;
    shown.push(name);
    length += name.length + 2;
  }
  const rest = ordered.length - shown.length;
  if (rest === 0) return joinAll(shown);
  return `${shown.join(', ')} and ${rest === 1 ? 'one other' : `${rest} others`}`;
}

/** "a", "a and b", "a, b and c". */
export function joinAll(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
