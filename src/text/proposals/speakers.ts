/** Who speaks: a name as the text writes it, matched to the map's actors or kept as a new speaker with its role. */
import type { ActorKind } from '../../domain/index.js';
import type { ExtractedSpeaker, KnownActor } from './types.js';

/** Words of rank or office that precede a name ("President", "Sen.", "Attorney General"): not part of the name. */
const TITLES = new Set(
  [
    'president',
    'vice',
    'sen',
    'senator',
    'rep',
    'representative',
    'gov',
    'governor',
    'judge',
    'justice',
    'chief',
    'dr',
    'mr',
    'mrs',
    'ms',
    'miss',
    'prof',
    'professor',
    'secretary',
    'attorney',
    'general',
    'minister',
    'prime',
    'mayor',
    'gen',
    'col',
    'sgt',
    'lt',
    'capt',
    'captain',
    'pope',
    'king',
    'queen',
    'prince',
    'princess',
    'sir',
    'dame',
    'lord',
    'lady',
    'rev',
    'reverend',
    'ambassador',
    'director',
    'chairman',
    'chairwoman',
    'chair',
    'commissioner',
    'speaker',
    'leader',
    'deputy',
    'press',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'congressman',
    'congresswoman',
    'councillor',
    'councilman',
    'councilwoman',
    'chancellor',
    'sheriff',
    'officer',
    'detective',
    'agent',
    'former',
    'acting',
    'senior',
    'correspondent',
    'host',
    'anchor',
    'ceo',
    'founder',
    'head',
    'commander',
    'admiral',
    'assistant',
    'associate',
    'executive',
    'prosecutor',
    'lawyer',
    'attorney-general',
    'state',
    'house',
    'white',
    'federal',
    'national',
    'foreign',
    'defense',
    'defence',
    'homeland',
    'security',
    'interior',
    'treasury',
    'political',
    'border',
    'czar',
    'tsar',
    'analyst',
    'economist',
    'author',
    'columnist',
    'editor',
    'reporter',
  ].map((w) => w),
);
/** Words that make a name a body rather than a person, by the kind of body. */
const BODY_WORDS: readonly [ActorKind, RegExp][] = [
  ['COURT', /\b(court|tribunal)\b/i],
  [
    'MEDIA',
    /\b(news|times|post|journal|tribune|herald|gazette|press|radio|television|tv|broadcasting|magazine|newspaper|reuters|associated press|bbc|cnn|npr|nbc|cbs|abc|fox)\b/i,
  ],
  [
    'GOVERNMENT',
    /\b(department|ministry|government|administration|agency|bureau|office|commission|senate|congress|parliament|police|army|navy|military|council of|cabinet|white house|state department|pentagon|embassy|consulate|authority|authorities)\b/i,
  ],
  [
    'ORGANIZATION',
    /\b(association|university|college|school|institute|institution|foundation|council|committee|union|party|league|group|coalition|center|centre|society|organi[sz]ation|international|watch|fund|network|inc|corp|corporation|company|co|llc|ltd|bank|trust|alliance|federation|project|campaign|movement|church|board|clinic|hospital|lab|laboratory)\b/i,
  ],
];

const GENERIC_BODY =
  /^(the\s+)?(group|organi[sz]ation|company|firm|agency|department|ministry|union|association|council|court|charity|party|campaign|committee|body|institute|university|government|administration|board|network|coalition|alliance|foundation)$/i;

export const PRONOUNS = new Set(['he', 'she', 'him', 'her']);

/** The name's words without titles, honorifics and possessives, lower-cased: what names are compared on. */
export function nameKey(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s\b/g, '')
    .split(/[\s,]+/)
    .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => w !== '');
  return words;
}

/** The name with leading titles removed ("Salvadoran President Nayib Bukele" -> "Nayib Bukele"); `title` keeps them. */
export function splitTitle(name: string): { name: string; title: string | null } {
  const words = name.trim().split(/\s+/);
  const isTitle = (w: string): boolean => TITLES.has(w.toLowerCase().replace(/[.,]/g, ''));
  // Titles lead the name; one word before them may qualify them ("Salvadoran President"), "of" may join them.
  let cut = -1;
  for (let i = 0; i < words.length - 1; i += 1) {
    const w = words[i] ?? '';
    if (isTitle(w) || (i === 0 && isTitle(words[1] ?? '')) || (w.toLowerCase() === 'of' && cut === i - 1 && cut >= 0)) cut = i;
    else break;
  }
  while (cut >= 0 && !isTitle(words[cut] ?? '')) cut -= 1;
  // A title word is only a title when a name follows it; adjectives before it ("Salvadoran") go with it.
  if (cut < 0) return { name: words.join(' '), title: null };
  return { name: words.slice(cut + 1).join(' '), title: words.slice(0, cut + 1).join(' ') };
}

export function kindOfName(name: string, personHint: boolean): ActorKind {
  for (const [kind, cue] of BODY_WORDS) if (cue.test(name)) return kind;
  if (!personHint && /^[A-Z]{2,6}$/.test(name)) return 'ORGANIZATION';
  return 'PERSON';
}

const initials = (words: readonly string[]): string =>
  words
    .filter((w) => !['of', 'the', 'for', 'and', 'in', 'on', 'at'].includes(w))
    .map((w) => w[0] ?? '')
    .join('');

/** How well a written name names an actor: 1 the same name, 0.85 the surname or an acronym, 0 not the same. */
export function nameScore(written: string, actorName: string): number {
  const bare = (n: string): string => (kindOfName(n, true) === 'PERSON' ? splitTitle(n).name : n);
  const a = nameKey(bare(written));
  const b = nameKey(bare(actorName));
  if (a.length === 0 || b.length === 0) return 0;
  if (a.join(' ') === b.join(' ')) return 1;
  const lastA = a[a.length - 1];
  const lastB = b[b.length - 1];
  if (a.length === 1 && b.length >= 2 && lastA === lastB) return 0.85;
  if (b.length === 1 && a.length >= 2 && lastA === lastB) return 0.8;
  if (a.length >= 2 && b.length >= 2 && lastA === lastB && (a[0] ?? '')[0] === (b[0] ?? '')[0]) return 0.9;
  if (a.length === 1 && b.length >= 3 && a[0] === initials(b)) return 0.85;
  if (b.length === 1 && a.length >= 3 && b[0] === initials(a)) return 0.85;
  // "the State Department" for "U.S. State Department": every word of the shorter in the longer, in order.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.join(' ').endsWith(short.join(' '))) return 0.85;
  return 0;
}

/** The speakers one text names, in the order it names them: later short mentions ("Leopold") resolve to earlier full names. */
export class SpeakerRegistry {
  private readonly seen: ExtractedSpeaker[] = [];
  private lastPerson: ExtractedSpeaker | null = null;
  /** The last body the text named ("the group said" means it). */
  private lastBody: string | null = null;
  /** People the text names without quoting them, so that a later surname alone finds the full name. */
  private readonly mentioned: string[] = [];

  constructor(private readonly actors: readonly KnownActor[]) {}

  /** A named speaker: the map's actor when it is the same, else an earlier speaker of this text, else a new one. */
  resolve(written: string, description: string | null, confidence: number, personHint = false, named = true): ExtractedSpeaker {
    const cleaned = written.replace(/[’']s$/, '').trim();
    const { name, title } = kindOfName(cleaned, personHint) === 'PERSON' ? splitTitle(cleaned) : { name: cleaned, title: null };
    let best: { actor: KnownActor; score: number } | null = null;
    for (const actor of this.actors) {
      const score = nameScore(name, actor.name);
      if (score > (best?.score ?? 0)) best = { actor, score };
    }
    const mention = nameKey(name).length === 1 ? this.mentioned.find((m) => nameScore(name, m) >= 0.85) : undefined;
    if (mention && !this.seen.some((s) => nameScore(name, s.name) > 0)) return this.resolve(mention, description, confidence, true, named);
    const earlier = this.seen
      .map((s) => ({ s, score: nameScore(name, s.name) }))
      .filter((x) => x.score > 0)
      .sort((x, y) => y.score - x.score)[0];
    let speaker: ExtractedSpeaker;
    if (best && best.score >= 0.8) {
      speaker = {
        actorId: best.actor.id,
        name: best.actor.name,
        description: best.actor.description,
        kind: best.actor.kind,
        confidence: confidence * best.score,
      };
    } else if (earlier) {
      speaker = { ...earlier.s, description: earlier.s.description ?? description ?? title, confidence };
      if (earlier.s.description === null && (description ?? title)) earlier.s.description = description ?? title;
    } else {
      speaker = { actorId: null, name, description: description ?? title, kind: kindOfName(written, personHint), confidence };
      this.seen.push(speaker);
    }
    if (named && speaker.kind === 'PERSON') this.lastPerson = speaker;
    if (speaker.kind !== 'PERSON') this.lastBody = speaker.name;
    return speaker;
  }

  /** A name the text writes anywhere: a person for later surnames, a body for a later "the group". */
  note(written: string): void {
    if (kindOfName(written, false) !== 'PERSON') this.lastBody = written;
    else if (nameKey(splitTitle(written).name).length >= 2) this.mentioned.push(splitTitle(written).name);
  }

  /** "the group said": the last body named, when the words are a generic one. */
  body(words: string, confidence: number): ExtractedSpeaker | null {
    if (!GENERIC_BODY.test(words) || this.lastBody === null) return null;
    return this.resolve(this.lastBody, null, confidence, false, false);
  }

  /** "he said": the last person named as a speaker, or null when none was. */
  pronoun(confidence: number): ExtractedSpeaker | null {
    return this.lastPerson ? { ...this.lastPerson, confidence: Math.min(confidence, this.lastPerson.confidence) } : null;
  }
}
