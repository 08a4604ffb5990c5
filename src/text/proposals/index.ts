/**
 * Reads a new text and proposes its assertions: each quote with its offsets and speaker, a one-sentence claim, its kind,
 * the map's claims it matches, and the links the text draws between its own claims. Pure: the caller hands it the map's
 * actors, the source's author or publisher and the similarity search.
 */
import { claimKind, claimText } from './claims.js';
import { detectLanguage } from './language.js';
import { discourseLinks } from './links.js';
import { matchClaims } from './matches.js';
import { readText, type Unit } from './reading.js';
import type { ExtractedAssertion, Extraction, ExtractionInput } from './types.js';

export { detectLanguage } from './language.js';
export { textFromHtml } from './html.js';
export type * from './types.js';

/** The longest text read at once (characters); a longer one is refused by the caller with a clear error. */
export const MAX_TEXT_LENGTH = 200_000;

const stanceOf = (kind: string | undefined): 'POLICY' | 'VALUE' | null => (kind === 'POLICY' || kind === 'VALUE' ? kind : null);

export async function extractAssertions(input: ExtractionInput): Promise<Extraction> {
  const { text } = input;
  if (text.trim() === '') return { assertions: [], links: [] };
  if (detectLanguage(text) === 'unsupported') return { assertions: [], links: [], unsupportedLanguage: true };
  const units: Unit[] = readText(text, input.actors, input.origin);
  const claims = units.map((u) => claimText(u.quote, u.speaker.kind === 'PERSON' && u.via !== 'OWN_VOICE' ? u.speaker.name : null));
  const matches = await matchClaims(input.findCandidates, claims);
  const assertions: ExtractedAssertion[] = units.map((u, i) => ({
    start: u.start,
    end: u.end,
    quote: u.quote,
    speaker: u.speaker,
    claimText: claims[i] ?? u.quote,
    kind: claimKind(u.quote),
    matches: matches[i] ?? [],
    via: u.via,
  }));
  const links = discourseLinks(
    text,
    units.map((u, i) => ({
      start: u.start,
      end: u.end,
      speakerName: u.speaker.name,
      stance: stanceOf(assertions[i]?.kind),
    })),
  );
  return { assertions, links };
}
