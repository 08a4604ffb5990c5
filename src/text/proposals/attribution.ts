/** Who a sentence says is speaking: a verb of saying with its subject ("X said", "said X", "according to X"). */
import type { Token } from './nlp.js';
import { kindOfName } from './speakers.js';

/** Verbs that report an assertion (asking is not asserting). */
const SAYING = new Set([
  'say',
  'tell',
  'add',
  'argue',
  'write',
  'note',
  'explain',
  'state',
  'warn',
  'claim',
  'insist',
  'contend',
  'respond',
  'reply',
  'assert',
  'declare',
  'maintain',
  'observe',
  'suggest',
  'acknowledge',
  'admit',
  'conclude',
  'recall',
  'emphasize',
  'emphasise',
  'stress',
  'announce',
  'predict',
  'testify',
  'allege',
  'complain',
  'counter',
  'tweet',
  'post',
  'believe',
  'caution',
  'concede',
  'confirm',
  'deny',
  'opine',
  'reckon',
  'remark',
  'report',
  'reiterate',
  'repeat',
  'charge',
  'vow',
  'promise',
  'pledge',
  'threaten',
  'boast',
  'mention',
  'posit',
  'reveal',
  'disclose',
  'point',
  'saying',
  'said',
  'says',
  'told',
  'wrote',
]);
/** Verbs whose object is the hearer, skipped before the reported clause ("told reporters that"). */
const TO_HEARER = new Set(['tell', 'told', 'assure', 'inform', 'warn', 'remind', 'promise']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'del', 'da', 'van', 'von', 'der', 'la', 'le', 'al', 'bin', 'ibn', '&', 'and']);
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|week|month|year|night|morning|afternoon|evening|weekend|earlier|later|last|this|on|in|at|during|also|then|previously|recently|reportedly|once|again|has|had|have|had|was|is|would|will|later|\d+)$/i;

export type SubjectKind = 'NAME' | 'PRONOUN' | 'GROUP';

export interface Attribution {
  /** Index (in the sentence's tokens) of the verb of saying, or of "according". */
  verb: number;
  subject: { kind: SubjectKind; text: string; first: number; last: number };
  /** The role the text gives the speaker ("an attorney and former president of ..."). */
  description: string | null;
  /** The reported words, as token indexes, when the sentence reports speech without quotation marks. */
  clause: { first: number; last: number } | null;
}

/** A sentence's tokens, which of them are quoted words, and the text they index. */
interface View {
  tokens: readonly Token[];
  blocked: (i: number) => boolean;
  source: string;
}
type Found = { subject: Attribution['subject']; description: string | null };

const isCapital = (t: Token): boolean => /^[\p{Lu}]/u.test(t.text);
const isNameToken = (t: Token): boolean =>
  (t.pos === 'PROPN' || (isCapital(t) && ['NOUN', 'ADJ', 'PROPN', 'X', 'VERB', 'NUM'].includes(t.pos))) && /\p{L}/u.test(t.text);
/** A hyphen inside a word ("Reichlin-Melnick"): no space on either side. */
const joined = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.end === tokens[i]?.start && tokens[i + 1]?.start === tokens[i]?.end;
const isLower = (t: Token): boolean => /^[\p{Ll}]/u.test(t.text);
/** Words of a role written before or between names ("vice chair", "law professor", "president and chair"). */
const isRoleWord = (t: Token): boolean => isLower(t) && ['NOUN', 'ADJ', 'CCONJ', 'PROPN'].includes(t.pos);
const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text);

/** The name ending at token `last` (walking back over capitalised words and connectors inside names). */
function nameEndingAt(tokens: readonly Token[], last: number, blocked: (i: number) => boolean): number {
  let first = last + 1;
  for (let i = last; i >= 0 && !blocked(i); i -= 1) {
    const t = tokens[i];
    if (!t) break;
    if (isNameToken(t) || (t.text === '-' && joined(tokens, i))) first = i;
    else if (CONNECTORS.has(t.text.toLowerCase()) && i > 0 && tokens[i - 1] && isNameToken(tokens[i - 1] as Token) && first <= last)
      first = i;
    else break;
  }
  // A name does not start with a connector.
  while (first <= last && CONNECTORS.has((tokens[first]?.text ?? '').toLowerCase())) first += 1;
  return first;
}

function nameStartingAt(tokens: readonly Token[], first: number, blocked: (i: number) => boolean): number {
  let last = first - 1;
  for (let i = first; i < tokens.length && !blocked(i); i += 1) {
    const t = tokens[i];
    if (!t) break;
    if (isNameToken(t) || (t.text === '-' && joined(tokens, i) && last >= first)) last = i;
    else if (CONNECTORS.has(t.text.toLowerCase()) && last >= first && tokens[i + 1] && isNameToken(tokens[i + 1] as Token)) continue;
    else break;
  }
  return last;
}

const textOf = (tokens: readonly Token[], first: number, last: number, source: string): string => {
  const a = tokens[first];
  const b = tokens[last];
  return a && b ? source.slice(a.start, b.end) : '';
};

/** The role before a name ("White House press secretary Karoline Leavitt"): lower-case nouns and adjectives before it. */
function roleBefore(tokens: readonly Token[], nameFirst: number, blocked: (i: number) => boolean): number {
  let first = nameFirst;
  for (let i = nameFirst - 1; i >= 0 && !blocked(i); i -= 1) {
    const t = tokens[i];
    if (!t || !isWord(t) || !['NOUN', 'ADJ', 'PROPN', 'PART'].includes(t.pos)) break;
    first = i;
  }
  return first;
}

/** The comma-enclosed phrase ending just before token `comma` (", an attorney at X,"), as token bounds. */
function apposition(tokens: readonly Token[], comma: number, blocked: (i: number) => boolean): { first: number; last: number } | null {
  for (let i = comma - 1; i >= 0 && comma - i < 40; i -= 1) {
    if (blocked(i)) return null;
    const t = tokens[i];
    if (t?.text === ',') return i + 1 <= comma - 1 ? { first: i + 1, last: comma - 1 } : null;
    if (t && /^[.;:!?]$/.test(t.text)) return null;
  }
  return null;
}

/** The subject before token `end` (inclusive): a name, a pronoun or a noun phrase, with any apposition. */
function subjectBefore({ tokens, blocked, source }: View, end: number): Found | null {
  let j = end;
  while (
    j >= 0 &&
    !blocked(j) &&
    ((tokens[j]?.pos === 'ADV' && isLower(tokens[j] as Token)) ||
      (TIME_WORDS.test(tokens[j]?.text ?? '') &&
        (tokens[j]?.pos !== 'PROPN' ||
          /day$|ember$|^(may|june|july|april|march|january|february|august|october)$/i.test(tokens[j]?.text ?? ''))))
  )
    j -= 1;
  if (j < 0 || blocked(j)) return null;
  let description: string | null = null;
  if (tokens[j]?.text === ',') {
    const app = apposition(tokens, j, blocked);
    if (!app) return null;
    const phrase = textOf(tokens, app.first, app.last, source);
    if (!/^(who|which|whose|whom|that)\b/i.test(phrase)) description = phrase.replace(/^(an?|the)\s+/i, '');
    j = app.first - 2;
    if (j < 0 || blocked(j)) return null;
  }
  const t = tokens[j];
  if (!t) return null;
  if (SUBJECT_PRONOUNS.has(t.text.toLowerCase()))
    // "asked X if he believed": a question about a belief, not an attribution.
    return /^(if|whether)$/i.test(tokens[j - 1]?.text ?? '')
      ? null
      : { subject: { kind: 'PRONOUN', text: t.text, first: j, last: j }, description };
  let first = nameEndingAt(tokens, j, blocked);
  if (first <= j) {
    // "M. Smith with Acme University said": the person, with the body as their affiliation.
    const prep = tokens[first - 1];
    if (prep && /^(with|at|of|from)$/i.test(prep.text) && kindOfName(textOf(tokens, first, j, source), false) !== 'PERSON') {
      const personFirst = nameEndingAt(tokens, first - 2, blocked);
      const personText = textOf(tokens, personFirst, first - 2, source);
      if (personFirst <= first - 2 && kindOfName(personText, true) === 'PERSON') {
        const affiliation = textOf(tokens, first - 1, j, source);
        const role = roleBefore(tokens, personFirst, blocked);
        const before = role < personFirst ? `${textOf(tokens, role, personFirst - 1, source)} ` : '';
        return {
          subject: { kind: 'NAME', text: personText, first: personFirst, last: first - 2 },
          description: description ?? `${before}${affiliation}`.replace(/^(the|a|an)\s+/i, ''),
        };
      }
    }
    const role = roleBefore(tokens, first, blocked);
    if (description === null && role < first) {
      const r = textOf(tokens, role, first - 1, source);
      if (/[a-z]/.test(r) && !/^(the|a|an)$/i.test(r)) description = r.replace(/^(the|a|an)\s+/i, '');
    }
    return { subject: { kind: 'NAME', text: textOf(tokens, first, j, source), first, last: j }, description };
  }
  // A noun phrase ("several legal experts", "the ministry"): determiners, adjectives, nouns.
  if (t.pos === 'NOUN') {
    let f = j;
    while (f > 0 && !blocked(f - 1) && ['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN'].includes(tokens[f - 1]?.pos ?? '') && j - f < 5) f -= 1;
    if (tokens[f]?.pos === 'DET' && /^(the|a|an)$/i.test(tokens[f]?.text ?? '')) f += 1;
    // "Smith and other officials said": the named one speaks for certain.
    if (tokens[f - 1]?.text.toLowerCase() === 'and' && f >= 2) {
      first = nameEndingAt(tokens, f - 2, blocked);
      if (first <= f - 2) return { subject: { kind: 'NAME', text: textOf(tokens, first, f - 2, source), first, last: f - 2 }, description };
    }
    if (f <= j) return { subject: { kind: 'GROUP', text: textOf(tokens, f, j, source), first: f, last: j }, description };
  }
  return null;
}

/** The name right after token `start` ("said David Leopold, an attorney ..."), with the apposition that follows it. */
function subjectAfter({ tokens, blocked, source }: View, start: number): Found | null {
  const t = tokens[start];
  if (!t || blocked(start)) return null;
  if (SUBJECT_PRONOUNS.has(t.text.toLowerCase()))
    return { subject: { kind: 'PRONOUN', text: t.text, first: start, last: start }, description: null };
  let first = start;
  if (/^(the)$/i.test(t.text)) first += 1;
  // A role before the name ("according to president and chair Jane Roe").
  let roleFirst = -1;
  while (first < tokens.length && first - start < 6 && !blocked(first) && isRoleWord(tokens[first] as Token)) {
    if (roleFirst < 0) roleFirst = first;
    first += 1;
  }
  let last = nameStartingAt(tokens, first, blocked);
  if (last < first) {
    // No name, a body described ("according to the transport authority").
    if (roleFirst < 0) return null;
    let end = first - 1;
    while (end > roleFirst && tokens[end]?.pos === 'CCONJ') end -= 1;
    return { subject: { kind: 'GROUP', text: textOf(tokens, roleFirst, end, source), first: roleFirst, last: end }, description: null };
  }
  let description: string | null = roleFirst >= 0 ? textOf(tokens, roleFirst, first - 1, source) : null;
  // "Acme Corp vice chair Jane Roe": the person, with the body and role as their description.
  if (kindOfName(textOf(tokens, first, last, source), false) !== 'PERSON') {
    let k = last + 1;
    while (k < tokens.length && k - last <= 4 && !blocked(k) && isRoleWord(tokens[k] as Token)) k += 1;
    const personLast = k > last + 1 ? nameStartingAt(tokens, k, blocked) : -1;
    if (personLast >= k && kindOfName(textOf(tokens, k, personLast, source), true) === 'PERSON') {
      description = textOf(tokens, first, k - 1, source);
      first = k;
      last = personLast;
    }
  }
  if (tokens[last + 1]?.text === ',') {
    let end = last + 2;
    // An apposition may hold commas ("a professor at the University of California, Berkeley"): run to the sentence's end.
    while (end < tokens.length && !blocked(end) && !/^[.;!?]$/.test(tokens[end]?.text ?? '')) end += 1;
    const phrase = textOf(tokens, last + 2, end - 1, source);
    if (phrase && !/^(who|which|whose|that)\b/i.test(phrase)) description = phrase.replace(/^(an?|the)\s+/i, '').replace(/[,;]$/, '');
  }
  return { subject: { kind: 'NAME', text: textOf(tokens, first, last, source), first, last }, description };
}

/** The reported clause after the verb: the hearer, time words and "that" skipped, to the sentence's end. */
function clauseAfter(tokens: readonly Token[], verb: number, blocked: (i: number) => boolean): { first: number; last: number } | null {
  let i = verb + 1;
  const lemma = tokens[verb]?.lemma ?? '';
  if (tokens[i]?.text.toLowerCase() === 'out' && lemma === 'point') i += 1;
  if (TO_HEARER.has(lemma) || TO_HEARER.has(tokens[verb]?.text.toLowerCase() ?? '')) {
    const nameLast = nameStartingAt(tokens, i, blocked);
    if (nameLast >= i) i = nameLast + 1;
    else
      while (
        i < tokens.length &&
        ['NOUN', 'DET', 'ADJ', 'PRON'].includes(tokens[i]?.pos ?? '') &&
        !/^(that|he|she|they|it|we|i)$/i.test(tokens[i]?.text ?? '')
      )
        i += 1;
  }
  if (tokens[i]?.text.toLowerCase() === 'to' && tokens[i + 1]?.pos !== 'VERB') {
    const nameLast = nameStartingAt(tokens, i + 1, blocked);
    if (nameLast > i) i = nameLast + 1;
  }
  while (i < tokens.length && TIME_WORDS.test(tokens[i]?.text ?? '') && !/^(has|had|have|was|is|would|will)$/i.test(tokens[i]?.text ?? ''))
    i += 1;
  if (tokens[i]?.text === ',') i += 1;
  // "told reporters after the vote that ...": a short phrase without a verb may stand before "that".
  for (let k = i; k < Math.min(tokens.length, i + 8); k += 1) {
    const t = tokens[k] as Token;
    if (['VERB', 'AUX'].includes(t.pos) || blocked(k)) break;
    if (t.text.toLowerCase() === 'that') {
      i = k;
      break;
    }
  }
  if (tokens[i]?.text.toLowerCase() === 'that') i += 1;
  // "vowed to keep fighting": an intention, not a proposition.
  if (tokens[i]?.text.toLowerCase() === 'to') return null;
  let last = tokens.length - 1;
  while (last >= i && !isWord(tokens[last] as Token) && !/[”"’)]/.test(tokens[last]?.text ?? '')) last -= 1;
  let words = 0;
  let verbs = 0;
  for (let k = i; k <= last; k += 1) {
    if (isWord(tokens[k] as Token)) words += 1;
    if (['VERB', 'AUX'].includes(tokens[k]?.pos ?? '')) verbs += 1;
  }
  // A reported clause says something: enough words, and a verb ("on board Air Force One" is where, not what).
  return words >= 3 && verbs > 0 ? { first: i, last } : null;
}

/** The attributions a sentence makes, first verb first; `blocked(i)` marks tokens inside quoted words. */
export function attributions(tokens: readonly Token[], blocked: (i: number) => boolean, source: string): Attribution[] {
  const found: Attribution[] = [];
  const view: View = { tokens, blocked, source };
  tokens.forEach((t, v) => {
    if (blocked(v)) return;
    const lower = t.text.toLowerCase();
    if (lower === 'according' && tokens[v + 1]?.text.toLowerCase() === 'to') {
      const after = subjectAfter(view, v + 2);
      if (!after) return;
      // "According to X, clause." or "clause, according to X."
      let clause: Attribution['clause'] = null;
      const stop = after.subject.last + 1;
      if (v === 0 || (v === 1 && !isWord(tokens[0] as Token))) {
        let c = stop;
        while (c < tokens.length && tokens[c]?.text !== ',') c += 1;
        if (c + 1 < tokens.length) clause = { first: c + 1, last: lastWord(tokens) };
      } else if (tokens[v - 1]?.text === ',') clause = { first: 0, last: v - 2 };
      // Before its clause, "according to X," has no apposition: what follows the comma is the clause.
      found.push({ verb: v, subject: after.subject, description: v <= 1 ? null : after.description, clause });
      return;
    }
    if (!(SAYING.has(t.lemma) || SAYING.has(lower)) || !['VERB', 'AUX', 'NOUN'].includes(t.pos)) return;
    if (t.pos === 'NOUN' && !['says', 'said', 'told', 'wrote'].includes(lower)) return;
    // "saying that ..." continues the sentence's subject: not a new attribution.
    if (/ing$/.test(lower)) return;
    // "is said to be": a passive names no speaker.
    if (/^(is|was|are|were|be|been|being)$/i.test(tokens[v - 1]?.text ?? '')) return;
    const before = subjectBefore(view, v - 1);
    if (before) {
      const trailing = before.subject.first > 0 && tokens[before.subject.first - 1]?.text === ',' && restIsEmpty(tokens, v + 1);
      const clause = trailing ? { first: 0, last: before.subject.first - 2 } : clauseAfter(tokens, v, blocked);
      found.push({ verb: v, subject: before.subject, description: before.description, clause });
      return;
    }
    const after = subjectAfter(view, v + 1);
    if (after) {
      const clause = v > 0 && tokens[v - 1]?.text === ',' ? { first: 0, last: v - 2 } : null;
      found.push({ verb: v, subject: after.subject, description: after.description, clause });
    }
  });
  return found;
}

function lastWord(tokens: readonly Token[]): number {
  let last = tokens.length - 1;
  while (last > 0 && !isWord(tokens[last] as Token)) last -= 1;
  return last;
}

/** Nothing but time words and punctuation after token `from` ("..., Frost said on Monday."). */
function restIsEmpty(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (isWord(t) && !TIME_WORDS.test(t.text)) return false;
  }
  return true;
}
