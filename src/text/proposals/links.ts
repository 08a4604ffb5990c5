/** The supports and attacks a text draws between its own claims, by the discourse markers that join them. */
import type { ExtractedLink } from './types.js';

export interface LinkUnit {
  start: number;
  end: number;
  speakerName: string;
}

/** Markers opening a unit that gives a reason for the one before. */
const REASON = /^(?:[“"‘]?\s*)(because|since|for|as|given that|after all|indeed|in fact)\b/i;
/** Markers opening a unit that follows from the one before. */
const CONSEQUENCE =
  /^(?:[“"‘]?\s*)(therefore|thus|hence|so|consequently|accordingly|that[’']s why|this is why|which is why|as a result|for this reason|that is why)\b/i;
/** Markers opening a unit that goes against the one before. */
const CONTRAST =
  /^(?:[“"‘]?\s*)(but|however|yet|still|nevertheless|nonetheless|although|though|even so|on the other hand|whereas|admittedly|then again|in contrast|on the contrary|instead)\b/i;

/** Links between neighbouring units of one speaker: the marker in the later unit, or between the two, says which way. */
export function discourseLinks(text: string, units: readonly LinkUnit[]): ExtractedLink[] {
  const links: ExtractedLink[] = [];
  for (let i = 1; i < units.length; i += 1) {
    const prev = units[i - 1];
    const unit = units[i];
    if (!prev || !unit || prev.speakerName !== unit.speakerName) continue;
    const gap = text
      .slice(prev.end, unit.start)
      .replace(/^[\s,;:.!?”"’—–-]+/, '')
      .trim();
    const opening = `${gap} ${text.slice(unit.start, unit.end)}`.trim().replace(/^[”"’,;:\s]+/, '');
    if (REASON.test(opening)) links.push({ premise: i, conclusion: i - 1, kind: 'SUPPORT', score: 0.7 });
    else if (CONSEQUENCE.test(opening)) links.push({ premise: i - 1, conclusion: i, kind: 'SUPPORT', score: 0.65 });
    else if (CONTRAST.test(opening)) links.push({ premise: i, conclusion: i - 1, kind: 'ATTACK', score: 0.55 });
  }
  return links;
}
