/**
 * How likely two claim texts say the same thing, as a score in 0..1 (1: the same words).
 *
 * Each text is read by wink-nlp with its English model (tokens, lemmas, stop words, negation),
 * spelling folded as the full-text index folds it (domain/spelling.ts). The score is an
 * idf-weighted cosine of the texts' content lemmas: rare words shared count for much, common
 * ones for little, stop words for nothing. Where the two texts differ in polarity (one says
 * "not", "never", "no" where the other does not) the score is lowered: "X is legal" and "X is
 * not legal" share every content word but say opposite things.
 *
 * `buildSimilarityIndex(items)` learns the idf from the items themselves (the claims it ranks),
 * so a word that most of them share weighs little; `textSimilarity(a, b)` compares two texts
 * alone with every content word weighing the same.
 *
 * Usage (the proposals helper does the same with the claims the repository hands it):
 *
 *   const index = buildSimilarityIndex(claims.map((c) => ({ id: c.id, text: c.text })));
 *   index.rank('Deporting citizens is unconstitutional', { first: 5, exclude: ['claim:x'] });
 *   // -> [{ id: 'claim:citizens-cannot-be-deported', score: 0.71 }, ...] best first
 */
import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldSpelling } from '../domain/spelling.js';

/** Longest text read (characters); longer ones are cut there. Claims are one sentence. */
export const MAX_SIMILARITY_TEXT = 2000;

export interface SimilarityItem {
  id: string;
  text: string;
}

export interface RankedItem {
  id: string;
  /** 0..1, higher is more alike. */
  score: number;
}

export interface RankOptions {
  /** How many to return (default 20). */
  first?: number;
  /** Ids never returned (the claim itself). */
  exclude?: Iterable<string>;
  /** Scores below it are left out (default: anything above 0). */
  minScore?: number;
}

export interface SimilarityIndex {
  readonly size: number;
  /** The items most alike `text`, best first; ties by id. */
  rank(text: string, options?: RankOptions): RankedItem[];
  /** How alike two of the items are (0 for an unknown id). */
  scorePair(idA: string, idB: string): number;
}

/** The general parameters of the score (measured on the corpora's rephrase pairs; see README "Near duplicates"). */
export interface SimilarityParameters {
  /** Factor on the score of two texts of opposite polarity. */
  negationFactor: number;
  /** Term weight: 'idf' (learnt from the index's items) or 'flat'. */
  weighting: 'idf' | 'flat';
  /** Terms: lemmas, or Porter stems of them (merges "deportation" and "deport"). */
  terms: 'lemma' | 'stem';
  /** Term frequency: counted once per text, or sublinearly (1 + ln tf). */
  tf: 'binary' | 'log';
  /** Weight of the character-trigram cosine beside the word cosine (0: words alone). */
  charWeight: number;
  /** Trigrams of the whole text, or of its content words only (stop words share no trigram). */
  grams: 'text' | 'content';
}

export const DEFAULT_PARAMETERS: SimilarityParameters = {
  negationFactor: 0.7,
  weighting: 'idf',
  terms: 'lemma',
  tf: 'binary',
  charWeight: 0.5,
  grams: 'text',
};

// Part-of-speech tags are what the lemmatiser needs; sentence boundaries and negation scopes are
// not read (negations are counted by word), and leaving their pipes out reads a text 4 times faster.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
// wink-nlp's typings declare lemma and stem with the model's arguments, not as `out` takes them; they are the same functions.
const LEMMA = its.lemma as unknown as ItsFunction<string>;
const STEM = its.stem as unknown as ItsFunction<string>;

const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot', "n't", 'without']);

/** A text as the score reads it: its content terms with counts, and its polarity. */
interface Analysis {
  terms: Map<string, number>;
  /** Odd number of negations: the text denies what its words say. */
  negated: boolean;
  grams: Map<string, number>;
  /** The content words as written (what the full-text index is asked for). */
  words: string[];
}

/**
 * Texts read with the default parameters, most recent kept: the candidates of one text are mostly
 * those of the next (a list of claims asks about neighbours), and reading is the score's main cost.
 */
const READ_TEXTS = new Map<string, Analysis>();
const READ_TEXTS_MAX = 2000;

function analyse(text: string, params: SimilarityParameters): Analysis {
  if (params !== DEFAULT_PARAMETERS) return read(text, params);
  const found = READ_TEXTS.get(text);
  if (found) return found;
  const analysis = read(text, params);
  READ_TEXTS.set(text, analysis);
  if (READ_TEXTS.size > READ_TEXTS_MAX) READ_TEXTS.delete(READ_TEXTS.keys().next().value!);
  return analysis;
}

function read(text: string, params: SimilarityParameters): Analysis {
  const terms = new Map<string, number>();
  const grams = new Map<string, number>();
  const words: string[] = [];
  let negations = 0;
  const clean = text.normalize('NFKC').slice(0, MAX_SIMILARITY_TEXT);
  const doc = nlp.readDoc(clean);
  doc.tokens().each((token: ItemToken) => {
    const type = token.out(its.type);
    if (type !== 'word' && type !== 'number' && type !== 'ordinal') return;
    const lemma = foldSpelling(token.out(LEMMA));
    if (NEGATIONS.has(lemma)) {
      negations += 1;
      return;
    }
    if (token.out(its.stopWordFlag) || lemma.length < 2 || lemma === "'s") return;
    const term = params.terms === 'stem' ? foldSpelling(token.out(STEM)) : lemma;
    terms.set(term, (terms.get(term) ?? 0) + 1);
    words.push(token.out(its.value));
  });
  if (params.charWeight > 0) {
    const folded = ` ${foldSpelling(params.grams === 'content' ? words.join(' ') : clean)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
    for (let i = 0; i + 3 <= folded.length; i += 1) {
      const gram = folded.slice(i, i + 3);
      grams.set(gram, (grams.get(gram) ?? 0) + 1);
    }
  }
  return { terms, negated: negations % 2 === 1, grams, words };
}

type Weights = (term: string) => number;

/** A text's weighted term vector, normalised to length 1. */
function vectorOf(counts: Map<string, number>, weight: Weights, params: SimilarityParameters): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const value = (params.tf === 'log' ? 1 + Math.log(count) : 1) * weight(term);
    vector.set(term, value);
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, value] of vector) vector.set(term, value / norm);
  return vector;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) dot += value * (large.get(term) ?? 0);
  return Math.min(1, Math.max(0, dot));
}

interface Prepared {
  analysis: Analysis;
  words: Map<string, number>;
  grams: Map<string, number>;
}

function combine(a: Prepared, b: Prepared, params: SimilarityParameters): number {
  // A text without a content word says nothing to compare.
  if (a.analysis.terms.size === 0 || b.analysis.terms.size === 0) return 0;
  const words = cosine(a.words, b.words);
  const score = params.charWeight > 0 ? (1 - params.charWeight) * words + params.charWeight * cosine(a.grams, b.grams) : words;
  return a.analysis.negated === b.analysis.negated ? score : score * params.negationFactor;
}

const FLAT: Weights = () => 1;

function prepare(text: string, weight: Weights, params: SimilarityParameters): Prepared {
  const analysis = analyse(text, params);
  return { analysis, words: vectorOf(analysis.terms, weight, params), grams: vectorOf(analysis.grams, FLAT, params) };
}

/**
 * The words of a text that carry its content (stop words and negations left out), as written: what
 * to ask a full-text index for, so that a text of stop words alone asks for nothing.
 */
export function contentWords(text: string): string[] {
  return analyse(text, DEFAULT_PARAMETERS).words;
}

const rounded = (score: number) => Math.round(score * 1e6) / 1e6;

/** How alike two texts are, 0..1, every content word weighing the same (no collection to learn rarity from). */
export function textSimilarity(a: string, b: string, params: SimilarityParameters = DEFAULT_PARAMETERS): number {
  const flat = { ...params, weighting: 'flat' as const };
  return rounded(combine(prepare(a, FLAT, flat), prepare(b, FLAT, flat), flat));
}

/**
 * Reads the items once and ranks them against any text: the idf of each term is learnt from the
 * items (a word most of them share weighs little). Build it over the claims to compare with, e.g.
 * the candidates the full-text index returned for a text, or the claims of a small map.
 */
export function buildSimilarityIndex(items: readonly SimilarityItem[], params: SimilarityParameters = DEFAULT_PARAMETERS): SimilarityIndex {
  const analysed = items.map((item) => ({ id: item.id, analysis: analyse(item.text, params) }));
  const df = new Map<string, number>();
  for (const { analysis } of analysed) for (const term of analysis.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = analysed.length;
  // Smoothed idf: a term no item holds weighs as one held by a single item, so a query's unknown word counts.
  const weight: Weights = params.weighting === 'flat' ? FLAT : (term) => Math.log(1 + (n + 1) / ((df.get(term) ?? 0) + 0.5));
  const prepared = new Map<string, Prepared>();
  for (const { id, analysis } of analysed) {
    prepared.set(id, { analysis, words: vectorOf(analysis.terms, weight, params), grams: vectorOf(analysis.grams, FLAT, params) });
  }
  return {
    size: prepared.size,
    rank(text, { first = 20, exclude = [], minScore = 0 } = {}) {
      const query = prepare(text, weight, params);
      const excluded = new Set(exclude);
      const ranked: RankedItem[] = [];
      for (const [id, item] of prepared) {
        if (excluded.has(id)) continue;
        const score = rounded(combine(query, item, params));
        if (score > minScore) ranked.push({ id, score });
      }
      ranked.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      return ranked.slice(0, Math.max(0, first));
    },
    scorePair(idA, idB) {
      const a = prepared.get(idA);
      const b = prepared.get(idB);
      return a && b ? rounded(combine(a, b, params)) : 0;
    },
  };
}
