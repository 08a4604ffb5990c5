/** Where a text's paragraphs, quotations and transcript turns are: spans of character offsets. */

export interface Span {
  start: number;
  end: number;
}

/** A quotation: the words between its marks (`start`/`end` exclude the marks), possibly over several paragraphs. */
export interface Quotation extends Span {
  /** The spans inside marks, one per paragraph the quotation runs over. */
  parts: Span[];
  words: number;
}

/** A transcript turn "NAME: words": the speaker label and the words it introduces (up to the next turn). */
export interface Turn extends Span {
  speaker: string;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

/** The text's lines that hold words, as spans (a line is the unit of paragraph, caption and turn). */
export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const line = /[^\n\r]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body !== '') spans.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

const countWords = (s: string): number => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

/**
 * The quotations of the text. Curly and guillemet marks pair by direction, straight marks by alternation within a
 * paragraph. A quotation left open at a paragraph's end continues when the next paragraph opens with a mark (the
 * news convention for a quote over several paragraphs), else it closes at the paragraph's end.
 */
export function quotations(text: string, paras: readonly Span[]): Quotation[] {
  const result: Quotation[] = [];
  let carried: Span[] | null = null;
  paras.forEach((p, index) => {
    let openAt = -1;
    let straight = false;
    const push = (parts: Span[]): void => {
      const words = parts.reduce((n, s) => n + countWords(text.slice(s.start, s.end)), 0);
      const first = parts[0];
      const last = parts[parts.length - 1];
      if (first && last && words > 0) result.push({ start: first.start, end: last.end, parts, words });
    };
    const startsOpen = OPENING.has(text[p.start] ?? '') || text[p.start] === STRAIGHT;
    if (carried && !startsOpen) {
      push(carried);
      carried = null;
    }
    for (let i = p.start; i < p.end; i += 1) {
      const c = text[i] ?? '';
      if (openAt < 0 && (OPENING.has(c) || c === STRAIGHT)) {
        openAt = i + 1;
        straight = c === STRAIGHT;
      } else if (openAt >= 0 && (straight ? c === STRAIGHT : CLOSING.has(c))) {
        const part = { start: openAt, end: i };
        push(carried ? [...carried, part] : [part]);
        carried = null;
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      const part = { start: openAt, end: p.end };
      const next = paras[index + 1];
      const nextOpens = next !== undefined && (OPENING.has(text[next.start] ?? '') || text[next.start] === STRAIGHT);
      if (nextOpens) carried = [...(carried ?? []), part];
      else {
        const parts: Span[] = [...(carried ?? []), part];
        carried = null;
        push(parts);
      }
    }
  });
  if (carried) {
    const parts: Span[] = carried;
    const words = parts.reduce((n, s) => n + countWords(text.slice(s.start, s.end)), 0);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first && last) result.push({ start: first.start, end: last.end, parts, words });
  }
  return result;
}

/** A line opening "NAME: ": a short label (a name, a handle, "[deleted]") before a colon. */
const TURN = /^(\[?[\p{L}\p{N}_.'’-]+\]?(?:[ \t]+[\p{Lu}][\p{L}.'’-]*){0,3})[ \t]*:(?!\/\/)[ \t]*/u;
const NOT_SPEAKERS =
  /^(note|update|editor'?s note|source|photo|image|video|read more|related|correction|watch|listen|q|a|http|https|www)$/i;

/** The transcript turns, when the text is a transcript: at least two lines open with a speaker label, two speakers. */
export function transcriptTurns(text: string, paras: readonly Span[]): Turn[] | null {
  const heads: { at: number; body: number; speaker: string }[] = [];
  for (const p of paras) {
    const m = TURN.exec(text.slice(p.start, p.end));
    const label = m?.[1]?.trim();
    if (!m || !label || NOT_SPEAKERS.test(label)) continue;
    heads.push({ at: p.start, body: p.start + m[0].length, speaker: label });
  }
  const speakers = new Set(heads.map((h) => h.speaker.toLowerCase()));
  if (heads.length < 2 || speakers.size < 2 || heads.length < paras.length * 0.25) return null;
  return heads.map((h, i) => {
    const next = heads[i + 1];
    const end = next ? next.at : (paras[paras.length - 1]?.end ?? text.length);
    let stop = end;
    while (stop > h.body && /\s/.test(text[stop - 1] ?? '')) stop -= 1;
    return { start: h.body, end: stop, speaker: h.speaker };
  });
}
