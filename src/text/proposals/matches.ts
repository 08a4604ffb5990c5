/** How a proposed claim bears on the map's claims the similarity search returns: SAME, ATTACKS or SUPPORTS, scored. */
import type { CandidateClaim, ExtractedMatch, FindCandidateClaims } from './types.js';

/**
 * At or above: the same proposition in other words. On the scale of src/text/similarity.ts, chosen on the rephrase
 * (MA) pairs of the US2016 and QT30 maps (`npx tsx bench/propose.ts --only thresholds`): 0.82 of the partners among a
 * claim's first five candidates score at least 0.2 (precision 0.30 there; the F1 peak, 0.48, is at 0.275 with recall
 * 0.60). A proposal is reviewed, and a wrong SAME costs a click while a missed one costs a search, so recall decides.
 */
export const SAME_AT = 0.2;
/**
 * At or above, with a negation on one side only: the same topic, the opposite proposition. The score already
 * multiplies such a pair by 0.7 (its negation factor), so 0.2 here is 0.29 before it: the F1 peak of the rephrase pairs.
 */
export const ATTACK_AT = 0.2;
/** At or above: a related claim; a SUPPORTS proposal when the words give a reason. */
export const SUPPORT_AT = 0.3;
const CANDIDATES = 5;

const NEGATION = /\b(not|no|never|none|nothing|nobody|neither|nor|cannot|without)\b|n[’']t\b/i;
const SUPPORT_CUES = /\b(because|since|so|therefore|thus|hence|shows?|proves?|evidence|means|given that|as a result)\b/i;

const negated = (s: string): boolean => NEGATION.test(s);

/** The relation of a proposed claim to one candidate, or null when too unlike to propose. */
export function classifyMatch(claim: string, candidate: CandidateClaim, sameAt = SAME_AT): ExtractedMatch | null {
  const opposite = negated(claim) !== negated(candidate.text);
  const score = Math.max(0, Math.min(1, candidate.score));
  if (score >= sameAt && !opposite) return { claimId: candidate.id, relation: 'SAME', score };
  if (score >= ATTACK_AT && opposite) return { claimId: candidate.id, relation: 'ATTACKS', score };
  if (score >= SUPPORT_AT && (SUPPORT_CUES.test(claim) || score >= sameAt)) return { claimId: candidate.id, relation: 'SUPPORTS', score };
  return null;
}

/** What one proposed assertion asks of the similarity search. */
export interface MatchQuery {
  /** The proposed claim. */
  claim: string;
  /** The words as the text gives them (the claim may have lost some of them, or gained the speaker's name). */
  quote: string;
  /** The speaker's name: who says it is not what is said, so its words are left out before scoring. */
  speakerName: string | null;
  /** The speaker when an actor of the map: among candidates of equal score, one this actor asserts comes first. */
  speakerId: string | null;
  /** The claims of the other assertions of the same paragraph: what the words are about when they are short. */
  context: readonly string[];
}

/** How the candidates of a query are gathered and ordered (the bench measures each; MATCHING is what is used). */
export interface MatchingOptions {
  /** Ask with the quote as well as the claim, each candidate keeping its better score. */
  quote: boolean;
  /** Leave the speaker's name, verbs of saying and hedges out of what is asked. */
  strip: boolean;
  /** Weight of a candidate's score against the paragraph's other claims, added to its own (0: none). */
  contextWeight: number;
  /** Scores closer than this count as a tie that a candidate asserted by the same speaker wins (0: none). */
  speakerTie: number;
  /** SAME from this score (SAME_AT when absent; the bench sets it near 0 to measure the order alone). */
  sameAt?: number;
}

/**
 * Of the variants measured (README "Mapping a new text"): the paragraph's context lifts the SAME figures; leaving
 * framing words out and the same speaker's ties lift them when the order alone is measured (SAME from 0.01), so they
 * are kept; asking with the quote as well changed nothing and is left out.
 */
export const MATCHING: MatchingOptions = { quote: false, strip: true, contextWeight: 0.2, speakerTie: 0.05 };

/** Candidates asked per text before the lists are merged and cut to CANDIDATES. */
const ASKED = 10;

/** Words that say who speaks or how sure, not what: verbs of saying, attribution, hedges and intensifiers. */
const FRAMING =
  /\b(?:said|says|say|saying|told|tells|added|adds|stated|states|claimed|claims|argued|argues|according to|i think|i believe|we think|we believe|i guess|i mean|you know|really|very|certainly|clearly|obviously|probably|perhaps|maybe|just|also)\b/gi;

/** A text with the speaker's name and the framing words left out (the text itself when nothing would be left). */
export function strippedText(text: string, speakerName: string | null): string {
  let s = text.replace(FRAMING, ' ');
  for (const word of (speakerName ?? '').split(/\s+/).filter((w) => w.length > 1))
    s = s.replace(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[’']s)?\\b`, 'g'), ' ');
  s = s.replace(/\s+/g, ' ').trim();
  return /\p{L}{3,}/u.test(s) ? s : text;
}

/** The matches of each assertion, best first with SAME ahead; one call to the similarity search for all of them. */
export async function matchClaims(
  find: FindCandidateClaims,
  queries: readonly MatchQuery[],
  options: MatchingOptions = MATCHING,
): Promise<ExtractedMatch[][]> {
  if (queries.length === 0) return [];
  const prep = (s: string, q: MatchQuery): string => (options.strip ? strippedText(s, q.speakerName) : s);
  const asks: string[] = [];
  const ask = (s: string): number => asks.push(s) - 1;
  const plans = queries.map((q) => ({
    own: [ask(prep(q.claim, q)), ...(options.quote ? [ask(prep(q.quote, q))] : [])],
    context: options.contextWeight > 0 && q.context.length > 0 ? ask(prep(q.context.join(' '), q)) : null,
  }));
  const lists = await find(asks, ASKED);
  const order = { SAME: 0, ATTACKS: 1, SUPPORTS: 2 } as const;
  return queries.map((q, i) => {
    const plan = plans[i]!;
    const merged = new Map<string, CandidateClaim>();
    for (const at of plan.own) for (const c of lists[at] ?? []) if (c.score > (merged.get(c.id)?.score ?? -1)) merged.set(c.id, c);
    if (plan.context !== null) {
      const around = new Map((lists[plan.context] ?? []).map((c) => [c.id, c]));
      for (const [id, c] of merged)
        merged.set(id, { ...c, score: Math.min(1, c.score + options.contextWeight * (around.get(id)?.score ?? 0)) });
    }
    // A candidate this speaker asserts wins against one scored at most speakerTie higher.
    const rank = (c: CandidateClaim): number =>
      c.score + (q.speakerId !== null && c.speakerIds?.includes(q.speakerId) ? options.speakerTie : 0);
    return [...merged.values()]
      .sort((a, b) => rank(b) - rank(a))
      .slice(0, CANDIDATES)
      .map((c) => classifyMatch(q.claim, c, options.sameAt))
      .filter((m): m is ExtractedMatch => m !== null)
      .sort((a, b) => order[a.relation] - order[b.relation]);
  });
}
