/**
 * Folds British and American spellings onto one form, so that full-text search finds
 * "denaturalise" for "denaturalize" and the other way round. Applied the same way to stored
 * text and to queries, so over-folding a word ("wise" -> "wize") is harmless.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)\b/g, '$1iz$2'],
  [/(\w{2,})ys(e|es|ed|ing)\b/g, '$1yz$2'],
  [/(\w{2,})our(s|ed|ing|able|ite|ites)?\b/g, '$1or$2'],
  [/(\w{3,})tre(s)?\b/g, '$1ter$2'],
  [/(\w{2,})ence\b/g, '$1ense'],
  [/(\w{3,})ogue(s)?\b/g, '$1og$2'],
  [/(\w{3,})lled\b/g, '$1led'],
  [/(\w{3,})lling\b/g, '$1ling'],
];

export function foldSpelling(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of RULES) folded = folded.replace(pattern, replacement);
  return folded;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Turns free text into a Lucene query of plain terms (no operators from user input). */
export function toSearchQuery(text: string): string {
  return foldSpelling(text)
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((term) => term.length > 0 && !/^(and|or|not|to)$/.test(term))
    .join(' ');
}
