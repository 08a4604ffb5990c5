/** A proposed claim from quoted words: a neutral one-sentence proposition and its kind, by cues in the words. */
import type { ClaimKind } from '../../domain/index.js';

/** Openers that carry the speaker's manner, not the proposition ("Well,", "And", "Of course,"). */
const OPENERS =
  /^(?:(?:well|and|but|so|now|look|yes|no|oh|still|of course|indeed|frankly|honestly|again|also|then|however|moreover|furthermore|in fact|actually)\b[,]?\s+)+/i;
/** Hedges of belief that frame the proposition ("I think that"). */
const HEDGES = /^(?:i|we)\s+(?:really\s+)?(?:think|believe|feel|guess|suppose|would say|am sure|’m sure|'m sure|know)\s+(?:that\s+)?/i;
const VOCATIVE = /^[A-Z][a-z]+,\s+(?=[a-z])/;

/** First person to third where it is simple: the speaker's name for "I", possessives and the verb "am". */
function thirdPerson(s: string, speaker: string | null): string {
  if (!speaker) return s;
  return s
    .replace(/\bI’m\b|\bI'm\b|\bI am\b/g, `${speaker} is`)
    .replace(/\bI’ve\b|\bI've\b/g, `${speaker} has`)
    .replace(/\bI’ll\b|\bI'll\b/g, `${speaker} will`)
    .replace(/\bI’d\b|\bI'd\b/g, `${speaker} would`)
    .replace(/\bI have\b/g, `${speaker} has`)
    .replace(/\bI don’t\b|\bI don't\b|\bI do not\b/g, `${speaker} does not`)
    .replace(/\bI\b/g, speaker)
    .replace(/\bmy\b/g, `${speaker}’s`)
    .replace(/\b(?<=\s)me\b/g, speaker);
}

/** The proposition of a quote: no quotation marks, openers, vocatives or hedges; the speaker for "I"; one sentence. */
export function claimText(quote: string, speaker: string | null): string {
  let s = quote
    .replace(/[“”"«»„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/^[‘'](?=\S)/, '').replace(/(?<=\S)[’']$/, '');
  for (let i = 0; i < 3; i += 1) s = s.replace(OPENERS, '').replace(VOCATIVE, '').replace(HEDGES, '');
  s = s.replace(/^[,;:—–-]\s*/, '').replace(/[,;:—–-]\s*$/, '');
  s = thirdPerson(s, speaker);
  if (s === '') return quote.trim();
  s = s[0]?.toUpperCase() + s.slice(1);
  if (!/[.!?]$/.test(s)) s += '.';
  return s.replace(/!$/, '.');
}

const LEGAL =
  /\b(unconstitutional|constitution(al)?|illegal(ly)?|unlawful(ly)?|lawful(ly)?|legal(ly)?|law(s)?|court(s)?|statute|amendment|rights?|due process|judge|ruling|ruled|jurisdiction|legislation|treaty|prohibit(s|ed)?|authori[sz](e|ed|ation)|violat(e|es|ion|ed)|habeas|clause|act of)\b/i;
const POLICY = /\b(should|must|ought to|needs?|have to|has to|it is time to|let us|let’s|let's|we call on|urge[sd]?)\b/i;
const PREDICTION =
  /\b(will|won’t|won't|going to|gonna|is likely to|are likely to|would likely|expect(s|ed)? to|is set to|are set to|next year|soon)\b/i;
const VALUE =
  /\b(good|bad|wrong|right|absurd|terrible|terrifying|great|best|worst|fair|unfair|just|unjust|cruel|inhumane|humane|outrageous|shameful|disgraceful|dangerous|chilling|laughable|ridiculous|moral(ly)?|immoral|evil|wonderful|awful|horrible|appalling|unacceptable|acceptable|important|vital|crucial|annoying|better|worse|poison(ous)?|stupid|smart|foolish|wise|deserves?|fail(s|ed)? to|sad|tragic|disastrous|excellent|shocking|disgusting|welcome|regrettable|mistake)\b/i;

/** The claim's kind by cues: obligations are POLICY, futures PREDICTION, law LEGAL, evaluations VALUE, else FACTUAL. */
export function claimKind(text: string): ClaimKind {
  if (LEGAL.test(text)) return 'LEGAL';
  if (POLICY.test(text)) return 'POLICY';
  if (PREDICTION.test(text)) return 'PREDICTION';
  if (VALUE.test(text)) return 'VALUE';
  return 'FACTUAL';
}
