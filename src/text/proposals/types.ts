/** What reading a new text proposes: the shapes shared by the extractor, the repository that stores a Proposal and the API. */
import type { ActorKind, ClaimKind } from '../../domain/index.js';

/** An actor of the map the text may name (the speaker is matched against its name, aliases and description). */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  description: string | null;
}

/** Who published the text: its own voice is asserted by the author, else by the publisher (DESIGN.md section 6). */
export interface TextOrigin {
  author: string | null;
  publisher: string | null;
}

/** An existing claim offered as a candidate match, with how alike its text is (0..1, from src/text/similarity.ts). */
export interface CandidateClaim {
  id: string;
  text: string;
  score: number;
  /** The actors who assert it, when the search knows them (a speaker's own earlier claim wins a tie). */
  speakerIds?: readonly string[];
}

/** Finds the map's claims most alike each given text (one list per text, best first); the repository's similarity search. */
export type FindCandidateClaims = (texts: readonly string[], first: number) => Promise<CandidateClaim[][]>;

export type MatchRelation = 'SAME' | 'SUPPORTS' | 'ATTACKS';

export interface ExtractedSpeaker {
  /** The existing actor when it is the same person or body; null for a new one. */
  actorId: string | null;
  /** The name as the text gives it (for a new actor, the actor's proposed name). */
  name: string;
  /** The role and affiliation the text gives ("an attorney and former president of ..."), if any. */
  description: string | null;
  kind: ActorKind;
  /** How sure the attribution is, 0..1. */
  confidence: number;
}

export interface ExtractedMatch {
  claimId: string;
  relation: MatchRelation;
  score: number;
}

export interface ExtractedAssertion {
  /** Character offsets of `quote` in the text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  quote: string;
  speaker: ExtractedSpeaker;
  /** A proposed neutral one-sentence claim. */
  claimText: string;
  kind: ClaimKind;
  matches: ExtractedMatch[];
  /** How the text attributes the words: a quotation, reported speech, its own voice or a transcript turn. */
  via?: AttributionMode;
}

export type AttributionMode = 'QUOTATION' | 'REPORTED' | 'OWN_VOICE' | 'TURN';

/** A support or attack the text itself draws between two of its proposed assertions (indexes into `assertions`). */
export interface ExtractedLink {
  premise: number;
  conclusion: number;
  kind: 'SUPPORT' | 'ATTACK';
  score: number;
}

export interface Extraction {
  assertions: ExtractedAssertion[];
  links: ExtractedLink[];
  /** Set when the text is not in a language the reader knows (English): nothing is proposed. */
  unsupportedLanguage?: boolean;
}

export interface ExtractionInput {
  /** The plain text (HTML is reduced to text before this). */
  text: string;
  actors: readonly KnownActor[];
  origin: TextOrigin;
  findCandidates: FindCandidateClaims;
}
