/** The reading proper: which spans of the text are assertions and whose (quotations, reported speech, own voice, turns). */
import { attributions, type Attribution } from './attribution.js';
import { analyse, type Sentence, type Token } from './nlp.js';
import { paragraphs, quotations, transcriptTurns, type Quotation, type Span } from './segmentation.js';
import { SpeakerRegistry } from './speakers.js';
import type { AttributionMode, ExtractedSpeaker, KnownActor, TextOrigin } from './types.js';

export interface Unit {
  start: number;
  end: number;
  quote: string;
  speaker: ExtractedSpeaker;
  via: AttributionMode;
}

/** Quoted words shorter than this are a phrase the writer borrows ("big enough"), not a quotation of its own. */
const QUOTATION_WORDS = 4;
/** A proposed quote has at least this many words; a shorter piece joins its neighbour. */
const UNIT_WORDS = 4;
/** A clause cut from a sentence needs this many words on each side to be a claim of its own. */
const CLAUSE_WORDS = 5;
/** An own-voice sentence needs this many words to be a claim rather than a heading, credit or fragment. */
const OWN_VOICE_WORDS = 6;

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** The span trimmed of spaces, quotation marks and joining punctuation at both ends. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s“”"«»„‘,;:—–-]/.test(text[s] ?? '')) s += 1;
  // A closing mark stays when its opening one is inside the span.
  const opened = (c: string): boolean =>
    (c === '”' && text.lastIndexOf('“', e - 2) >= s) || (c === '"' && (text.slice(s, e - 1).match(/"/g) ?? []).length % 2 === 1);
  while (e > s && /[\s“”"«»„,;:—–-]/.test(text[e - 1] ?? '') && !opened(text[e - 1] ?? '')) e -= 1;
  // A closing single mark stays only when the quote opened one inside.
  if (text[e - 1] === '’' && !text.slice(s, e - 1).includes('‘')) e -= 1;
  return { start: s, end: e };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Credits and captions of scraped news: a short line naming a photographer or agency, and the caption line before it. */
function furnitureLines(text: string, paras: readonly Span[]): Set<number> {
  const skip = new Set<number>();
  paras.forEach((p, i) => {
    const line = text.slice(p.start, p.end);
    const credit =
      wordCount(line) <= 8 &&
      !/[.!?]["”’]?$/.test(line) &&
      /\/|\bvia\b|getty|reuters|\bAP\b|\bAFP\b|\bphoto|\bimage|credit|shutterstock/i.test(line);
    if (credit) {
      skip.add(i);
      if (i > 0) skip.add(i - 1);
    }
    // A heading or teaser: a short line that does not end as a sentence does.
    if (wordCount(line) < 15 && !/[.!?:]["”’)]?$/.test(line)) skip.add(i);
  });
  return skip;
}

function originSpeaker(origin: TextOrigin, registry: SpeakerRegistry): ExtractedSpeaker {
  if (origin.author) return registry.resolve(origin.author, null, 0.5, true, false);
  if (origin.publisher) {
    const s = registry.resolve(origin.publisher, null, 0.5, false, false);
    return s.actorId === null && s.kind === 'PERSON' ? { ...s, kind: 'MEDIA' } : s;
  }
  return { actorId: null, name: 'The author of the text (not named)', description: null, kind: 'MEDIA', confidence: 0.3 };
}

/** A transcript: each sentence of a turn is a locution of the turn's speaker. */
function readTurns(
  text: string,
  sentences: readonly Sentence[],
  turns: ReturnType<typeof transcriptTurns> & object,
  registry: SpeakerRegistry,
): Unit[] {
  const units: Unit[] = [];
  for (const turn of turns) {
    const speaker = registry.resolve(turn.speaker, null, 0.95, true, true);
    for (const s of sentences) {
      if (s.end <= turn.start || s.start >= turn.end) continue;
      const span = trimSpan(text, Math.max(s.start, turn.start), Math.min(s.end, turn.end));
      if (wordCount(text.slice(span.start, span.end)) === 0) continue;
      units.push({ ...span, quote: text.slice(span.start, span.end), speaker, via: 'TURN' });
    }
  }
  return units;
}

interface SentenceReading {
  sentence: Sentence;
  paragraph: number;
  quoted: boolean;
  found: { attribution: Attribution; speaker: ExtractedSpeaker | null }[];
}

/** Pieces of a quotation, one per sentence it covers; short pieces join the one before (or after, for the first). */
function quotationPieces(text: string, q: Quotation, sentences: readonly Sentence[]): Span[] {
  const pieces: Span[] = [];
  for (const part of q.parts)
    for (const s of sentences) {
      if (!overlaps(s, part)) continue;
      const span = trimSpan(text, Math.max(s.start, part.start), Math.min(s.end, part.end));
      if (span.end > span.start) pieces.push(span);
    }
  const merged: Span[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    const short = wordCount(text.slice(piece.start, piece.end)) < UNIT_WORDS;
    const lastShort = last ? wordCount(text.slice(last.start, last.end)) < UNIT_WORDS : false;
    const sameLine = last ? !/[\n\r]/.test(text.slice(last.end, piece.start)) : false;
    if (last && sameLine && (short || lastShort)) last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged;
}

/** The capitalised runs of a sentence that are names (two words or more, or one that is not the sentence's first). */
function nameRuns(tokens: readonly Token[], text: string): string[] {
  const runs: string[] = [];
  let first = -1;
  const flush = (end: number): void => {
    const a = tokens[first];
    const b = tokens[end];
    if (a && b && (end > first || first > 0)) runs.push(text.slice(a.start, b.end));
    first = -1;
  };
  tokens.forEach((t, i) => {
    const name = t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
    if (name && first < 0) first = i;
    else if (!name && first >= 0) flush(i - 1);
  });
  if (first >= 0) flush(tokens.length - 1);
  return runs;
}

/** The reported clause of a sentence that holds the quotation and starts before it, if any. */
function reportedClauseAround(text: string, q: Quotation, covering: readonly SentenceReading[]): Span | null {
  for (const r of covering)
    for (const f of r.found) {
      const c = f.attribution.clause;
      const a = c ? r.sentence.tokens[c.first] : undefined;
      const b = c ? r.sentence.tokens[c.last] : undefined;
      if (a && b && a.start < q.start - 1 && b.end >= q.end && f.attribution.verb < (c?.first ?? 0)) return trimSpan(text, a.start, b.end);
    }
  return null;
}

/** Reads a text: quotations and reported speech with their speakers, and the text's own voice; or a transcript's turns. */
export function readText(text: string, actors: readonly KnownActor[], origin: TextOrigin): Unit[] {
  const registry = new SpeakerRegistry(actors);
  const { sentences } = analyse(text);
  const paras = paragraphs(text);
  const turns = transcriptTurns(text, paras);
  if (turns) return splitClauses(text, readTurns(text, sentences, turns, registry));

  // Fewer words are a quotation when the words end as a sentence or clause does inside the marks ("“I love it,” he said").
  const quotes = quotations(text, paras).filter(
    (q) => q.words >= QUOTATION_WORDS || (q.words >= 2 && /[,.!?…]$/.test(text.slice(q.start, q.end).trim())),
  );
  const inQuote = (t: Token): boolean => quotes.some((q) => q.parts.some((p) => t.start >= p.start && t.end <= p.end));
  const paragraphOf = (s: Span): number => paras.findIndex((p) => s.start >= p.start && s.start < p.end);
  const furniture = furnitureLines(text, paras);

  // One pass in reading order, so that "he said" resolves to the last person named before it.
  const readings: SentenceReading[] = sentences.map((sentence) => {
    const blocked = sentence.tokens.map(inQuote);
    for (const name of nameRuns(sentence.tokens, text)) registry.note(name);
    const quoted = blocked.some(Boolean);
    const found = attributions(sentence.tokens, (i) => blocked[i] === true, text).map((attribution) => {
      const { subject, description } = attribution;
      const confidence = quoted ? 0.9 : 0.7;
      let speaker: ExtractedSpeaker | null;
      if (subject.kind === 'PRONOUN') speaker = registry.pronoun(confidence - 0.2);
      else if (subject.kind === 'GROUP' && registry.body(subject.text, confidence - 0.2))
        speaker = registry.body(subject.text, confidence - 0.2);
      else
        speaker = registry.resolve(
          subject.text,
          description,
          subject.kind === 'GROUP' ? confidence - 0.3 : confidence,
          false,
          subject.kind === 'NAME',
        );
      return { attribution, speaker };
    });
    return { sentence, paragraph: paragraphOf(sentence), quoted, found };
  });

  const units: Unit[] = [];
  const own = originSpeaker(origin, registry);
  // Quotations: the attribution of a sentence they cover, else of their paragraph, else the previous quotation's speaker.
  const previous: { speaker: ExtractedSpeaker | null; paragraph: number } = { speaker: null, paragraph: -2 };
  for (const q of quotes) {
    const covering = readings.filter((r) => q.parts.some((p) => overlaps(r.sentence, p)));
    const paragraphsOf = new Set(covering.map((r) => r.paragraph));
    const near = (rs: SentenceReading[]): ExtractedSpeaker | null =>
      rs.flatMap((r) => r.found).find((f) => f.speaker !== null)?.speaker ?? null;
    let speaker = near(covering);
    if (!speaker) speaker = near(readings.filter((r) => paragraphsOf.has(r.paragraph)));
    const first = Math.min(...paragraphsOf);
    if (!speaker && previous.speaker && first - previous.paragraph <= 1)
      speaker = { ...previous.speaker, confidence: Math.min(previous.speaker.confidence, 0.6) };
    if (!speaker) continue;
    previous.speaker = speaker;
    previous.paragraph = Math.max(...paragraphsOf);
    // A quotation inside a reported clause ("said the measure would “hurt the people”") is read with its clause.
    const clause = q.parts.length === 1 ? reportedClauseAround(text, q, covering) : null;
    if (clause) {
      units.push({ ...clause, quote: text.slice(clause.start, clause.end), speaker, via: 'QUOTATION' });
      continue;
    }
    for (const piece of quotationPieces(text, q, sentences))
      units.push({ ...piece, quote: text.slice(piece.start, piece.end), speaker, via: 'QUOTATION' });
  }

  // Sentences outside quotations: reported speech when a verb of saying has a clause, else the text's own voice.
  for (const r of readings) {
    if (r.quoted || furniture.has(r.paragraph)) continue;
    const { sentence } = r;
    const line = text.slice(sentence.start, sentence.end);
    const reported = r.found.find((f) => f.speaker !== null && f.attribution.clause !== null);
    if (reported?.speaker && reported.attribution.clause) {
      const a = sentence.tokens[reported.attribution.clause.first];
      const b = sentence.tokens[reported.attribution.clause.last];
      if (a && b && b.end > a.start) {
        const span = trimSpan(text, a.start, b.end);
        units.push({ ...span, quote: text.slice(span.start, span.end), speaker: reported.speaker, via: 'REPORTED' });
        continue;
      }
    }
    if (/\?["”’)]?$/.test(line) || /:$/.test(line) || wordCount(line) < OWN_VOICE_WORDS) continue;
    if (!sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    const span = trimSpan(text, sentence.start, sentence.end);
    units.push({ ...span, quote: text.slice(span.start, span.end), speaker: own, via: 'OWN_VOICE' });
  }
  return splitClauses(text, units).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where a sentence turns from one claim to another: a comma or semicolon before a marker, or a marker of reason or contrast. */
const CLAUSE_BREAK =
  /(?:[,;]\s+(?=(?:but|yet|although|though|whereas|while|because|since|unless|so|and therefore|and thus|and so|which is why)\s)|;\s+|\s+(?=(?:but|because|although|unless|for it|for they|for this)\s))/gi;

/** Each unit cut at its inner clause breaks, when both sides are claims of their own (enough words each). */
function splitClauses(text: string, units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const cuts: number[] = [];
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(unit.quote); m; m = CLAUSE_BREAK.exec(unit.quote)) cuts.push(m.index);
    let from = 0;
    for (const cut of [...cuts, unit.quote.length]) {
      const piece = unit.quote.slice(from, cut);
      const rest = unit.quote.slice(cut);
      if (cut < unit.quote.length && (wordCount(piece) < CLAUSE_WORDS || wordCount(rest) < CLAUSE_WORDS)) continue;
      const span = trimSpan(text, unit.start + from, unit.start + cut);
      if (span.end > span.start) out.push({ ...unit, ...span, quote: text.slice(span.start, span.end) });
      from = cut;
    }
  }
  return out;
}
