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

/**
 * How the map's texts write the words they always capitalise, even inside a sentence ("El",
 * "US", "Bukele's"), keyed by `key`: the casing an id's lower-case words take back.
 */
export function wordForms(texts: Iterable<string>): Map<string, string> {
  const forms = new Map<string, string>();
  const lower = new Set<string>();
  for (const text of texts) {
    const words = text.split(/\s+/);
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const k = key(word);
      if (!k) continue;
      if (word === word.toLowerCase()) lower.add(k);
      else if (i > 0 && !/[.!?:]$/.test(words[i - 1]!) && !forms.has(k)) forms.set(k, word);
    }
  }
  // A word the texts also write in lower case is an ordinary word capitalised by a title or a name ("Bureau of Prisons").
  for (const k of lower) forms.delete(k);
  return forms;
}

/** An id's slug as words, when it reads as a phrase: at least two words, each mostly letters. */
function idPhrase(id: string, forms: ReadonlyMap<string, string>): string | null {
  const words = slugWords(id);
  if (words.length < 2 || words.length > LABEL_WORDS + 3) return null;
  if (!words.every((w) => /^\p{L}[\p{L}']*$/u.test(w))) return null;
  return words.map((w) => forms.get(key(w)) ?? w).join(' ');
}

/** The first words of a text: up to a clause break when that leaves at least four words, else LABEL_WORDS words. */
export function firstWords(text: string, words = LABEL_WORDS): string {
  return upperFirst(firstWordsAsWritten(text, words));
}

function firstWordsAsWritten(text: string, words: number): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
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

/**
 * A short label for every claim, unique within the map: its id's words when the id reads as a
 * phrase, else the first words of its text; when two claims would share a label, each takes
 * more of its text, and finally its id.
 */
export function shortLabels(claims: readonly { id: string; text: string }[]): Map<string, string> {
  const forms = wordForms(claims.map((c) => c.text));
  const labels = new Map<string, string>();
  const candidates = (c: { id: string; text: string }) => {
    const phrase = idPhrase(c.id, forms);
    const first = c.text.trim() ? firstWords(c.text) : null;
    return [phrase, first, c.text.trim() ? firstWords(c.text, 2 * LABEL_WORDS) : null, c.id].filter(
      (x): x is string => x !== null && x.length > 0,
    );
  };
  const choice = new Map(claims.map((c) => [c.id, 0]));
  const options = new Map(claims.map((c) => [c.id, candidates(c)]));
  for (let round = 0; round < 4; round += 1) {
    const byLabel = new Map<string, string[]>();
    for (const c of claims) {
      const list = options.get(c.id)!;
      const label = list[Math.min(choice.get(c.id)!, list.length - 1)]!.toLowerCase();
      byLabel.set(label, [...(byLabel.get(label) ?? []), c.id]);
    }
    let clash = false;
    for (const ids of byLabel.values())
      if (ids.length > 1)
        for (const id of ids) {
          choice.set(id, choice.get(id)! + 1);
          clash = true;
        }
    if (!clash) break;
  }
  for (const c of claims) {
    const list = options.get(c.id)!;
    labels.set(c.id, upperFirst(list[Math.min(choice.get(c.id)!, list.length - 1)]!));
  }
  return labels;
}

/** A speaker as an explanation names them. */
export interface Speaker {
  id: string;
  name: string;
  /** The actor's kind: a PERSON is named by surname. */
  kind: string;
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Short names for speakers: a person's surname (the full name when two of them share it), anyone else's full name. */
export function speakerNames(speakers: readonly Speaker[]): Map<string, string> {
  const surname = (s: Speaker): string => {
    const parts = s.name.trim().split(/\s+/);
    while (parts.length > 1 && SUFFIXES.has(parts.at(-1)!.toLowerCase())) parts.pop();
    return parts.at(-1) ?? s.name;
  };
  const people = speakers.filter((s) => s.kind === 'PERSON');
  const count = new Map<string, number>();
  for (const s of people) count.set(surname(s), (count.get(surname(s)) ?? 0) + 1);
  return new Map(speakers.map((s) => [s.id, s.kind === 'PERSON' && count.get(surname(s)) === 1 ? surname(s) : s.name.trim()]));
}

/** "Leopold", "Leopold and Cruz", "Leopold, Cruz and 2 others". */
export function joinSpeakers(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]}`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} others`;
}

/** "a", "a and b", "a, b and c". */
export function joinAll(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
