/** The one reading of a text by wink-nlp's English model: tokens and sentences with their character offsets. */
import winkNLP, { type ItemSentence, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal part-of-speech tag (PROPN, VERB, PUNCT, ...). */
  pos: string;
  lemma: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
const its = nlp.its;

/** Tokens and sentences of `text`; sentences never cross a line break, since a line is a paragraph, caption or turn. */
export function analyse(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const pos = doc.tokens().out(its.pos);
  // wink's typings declare `lemma` with the model's addons as its third parameter, which `out` supplies at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((value, i) => {
    at += (spaces[i] ?? '').length;
    // wink keeps the text losslessly (preceding spaces + value); indexOf guards against any normalised token.
    const found = text.startsWith(value, at) ? at : text.indexOf(value, at);
    const start = found < 0 ? at : found;
    tokens.push({ start, end: start + value.length, text: value, pos: pos[i] ?? 'X', lemma: (lemmas[i] ?? value).toLowerCase() });
    at = start + value.length;
  });
  const sentences: Sentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const first = s.tokens().itemAt(0).index();
    const count = s.tokens().length();
    let run: Token[] = [];
    const flush = (): void => {
      const words = run.filter((t) => t.text.trim() !== '');
      const head = words[0];
      const tail = words[words.length - 1];
      if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: words });
      run = [];
    };
    for (let i = first; i < first + count; i += 1) {
      const token = tokens[i];
      if (!token) continue;
      if (/[\n\r]/.test(token.text) || /[\n\r]/.test(text.slice(i > 0 ? (tokens[i - 1]?.end ?? token.start) : token.start, token.start)))
        flush();
      run.push(token);
    }
    flush();
  });
  return { tokens, sentences };
}
