import { foldSpelling } from './spelling.js';

/** What the full-text index holds for each searchable node (spelling folded, see spelling.ts). */
export const searchText = {
  claim: (c: { text: string }): string => foldSpelling(c.text),
  actor: (a: { name: string; description: string | null }): string => foldSpelling([a.name, a.description].filter(Boolean).join(' — ')),
  provision: (p: { name: string; citation: string | null; summary: string | null }): string =>
    foldSpelling([p.name, p.citation, p.summary].filter(Boolean).join(' — ')),
  assertion: (a: { quote: string | null }): string | null => (a.quote ? foldSpelling(a.quote) : null),
};
