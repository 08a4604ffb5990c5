/** How a proposed claim bears on the map's claims the similarity search returns: SAME, ATTACKS or SUPPORTS, scored. */
import type { CandidateClaim, ExtractedMatch, FindCandidateClaims } from './types.js';

/** At or above: the same proposition in other words. */
export const SAME_AT = 0.25;
/** At or above, with a negation or contrast on one side only: the same topic, the opposite proposition. */
export const ATTACK_AT = 0.3;
/** At or above: a related claim; a SUPPORTS proposal when the words give a reason. */
export const SUPPORT_AT = 0.3;
const CANDIDATES = 5;

const NEGATION = /\b(not|no|never|none|nothing|nobody|neither|nor|cannot|without)\b|n[’']t\b/i;
const SUPPORT_CUES = /\b(because|since|so|therefore|thus|hence|shows?|proves?|evidence|means|given that|as a result)\b/i;

const negated = (s: string): boolean => NEGATION.test(s);

/** The relation of a proposed claim to one candidate, or null when too unlike to propose. */
export function classifyMatch(claim: string, candidate: CandidateClaim): ExtractedMatch | null {
  const opposite = negated(claim) !== negated(candidate.text);
  const score = Math.max(0, Math.min(1, candidate.score));
  if (score >= SAME_AT && !opposite) return { claimId: candidate.id, relation: 'SAME', score };
  if (score >= ATTACK_AT && opposite) return { claimId: candidate.id, relation: 'ATTACKS', score };
  if (score >= SUPPORT_AT && (SUPPORT_CUES.test(claim) || score >= SAME_AT)) return { claimId: candidate.id, relation: 'SUPPORTS', score };
  return null;
}

/** The matches of each claim text, best first with SAME ahead; one call to the similarity search for all of them. */
export async function matchClaims(find: FindCandidateClaims, claims: readonly string[]): Promise<ExtractedMatch[][]> {
  if (claims.length === 0) return [];
  const lists = await find(claims, CANDIDATES);
  const order = { SAME: 0, ATTACKS: 1, SUPPORTS: 2 } as const;
  return claims.map((claim, i) =>
    (lists[i] ?? [])
      .map((c) => classifyMatch(claim, c))
      .filter((m): m is ExtractedMatch => m !== null)
      .sort((a, b) => order[a.relation] - order[b.relation] || b.score - a.score),
  );
}
