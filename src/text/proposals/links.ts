/** The supports and attacks a text draws between its own claims, by the discourse markers that join them. */
import type { ExtractedLink } from './types.js';

export interface LinkUnit {
  start: number;
  end: number;
  speakerName: string;
  /** Obligations, else evaluations, are what an argument argues for: the first one is the central claim of a short text. */
  stance: 'POLICY' | 'VALUE' | null;
}

/** Markers opening a unit that gives a reason for the one before. */
const REASON =
  /^(because|since|for|as|given that|after all|indeed|in fact|moreover|furthermore|besides|in addition|additionally|also|what is more|not least|first|second|third|finally)\b/i;
/** Markers opening a unit that follows from the one before. */
const CONSEQUENCE =
  /^(therefore|thus|hence|so|consequently|accordingly|that[’']s why|this is why|which is why|as a result|for this reason|that is why|and therefore|and thus|and so)\b/i;
/** Markers opening a unit that goes against the one before. */
const CONTRAST =
  /^(yes|admittedly|granted|of course|sure|but|however|yet|still|nevertheless|nonetheless|although|though|even so|on the other hand|whereas|admittedly|then again|in contrast|on the contrary|instead|of course|sure|granted|unless)\b/i;
/** A short text by one speaker is one argument: its unmarked units argue for its central claim. */
const ONE_ARGUMENT_UNITS = 12;

/** Links between units of one speaker: the marker opening the later unit (or between the two) says which way. */
export function discourseLinks(text: string, units: readonly LinkUnit[]): ExtractedLink[] {
  const links: ExtractedLink[] = [];
  const oneArgument =
    units.length >= 2 && units.length <= ONE_ARGUMENT_UNITS && units.every((u) => u.speakerName === units[0]?.speakerName);
  const central = oneArgument
    ? Math.max(
        0,
        units.findIndex((u) => u.stance),
      )
    : -1;
  for (let i = 1; i < units.length; i += 1) {
    const prev = units[i - 1];
    const unit = units[i];
    if (!prev || !unit || prev.speakerName !== unit.speakerName) continue;
    const gap = text.slice(prev.end, unit.start);
    const opening = `${gap.replace(/^[\s,;:.!?”"’—–-]+/, '').trim()} ${text.slice(unit.start, unit.end)}`
      .trim()
      .replace(/^[“”"’‘,;:\s]+/, '');
    // Some markers sit after the subject ("Parliament, however, ..."): look at the opening words too.
    const inner = /^(?:\S+\s+){1,3}?(however|therefore|thus|nevertheless|nonetheless|though|also)\b/i.exec(opening)?.[1] ?? '';
    const marked = (re: RegExp): boolean => re.test(opening) || re.test(inner);
    const withinSentence = !/[.!?]/.test(gap) && !/[.!?]["”’)]?$/.test(text.slice(prev.start, prev.end));
    // A unit gives its reason to the claim it follows in its sentence, else to the text's central claim.
    const target = withinSentence || central < 0 || central === i ? i - 1 : central;
    if (marked(CONSEQUENCE)) links.push({ premise: i - 1, conclusion: i, kind: 'SUPPORT', score: 0.65 });
    else if (marked(REASON)) links.push({ premise: i, conclusion: target, kind: 'SUPPORT', score: 0.6 });
    else if (marked(CONTRAST)) links.push({ premise: i, conclusion: i - 1, kind: 'ATTACK', score: 0.55 });
    else if (central >= 0 && central !== i && !withinSentence) links.push({ premise: i, conclusion: central, kind: 'SUPPORT', score: 0.3 });
  }
  // The central claim, when it comes last, is supported by what leads to it.
  if (central > 0 && !links.some((l) => l.premise === 0)) links.push({ premise: 0, conclusion: central, kind: 'SUPPORT', score: 0.3 });
  return links;
}
