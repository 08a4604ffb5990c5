export const NODE_LABELS = ['Claim', 'Argument', 'Actor', 'Source', 'Provision', 'Assertion', 'Issue'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const ID_PREFIXES = {
  Claim: 'claim',
  Argument: 'argument',
  Actor: 'actor',
  Source: 'source',
  Provision: 'provision',
  Assertion: 'assertion',
  Issue: 'issue',
} as const satisfies Record<NodeLabel, string>;

export const MAX_ID_LENGTH = 120;
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ID_PATTERN = new RegExp(`^(${Object.values(ID_PREFIXES).join('|')}):(${SLUG})$`);

/** The label an id belongs to, from its prefix; null when the id is not well formed. */
export function labelOfId(id: string): NodeLabel | null {
  if (id.length > MAX_ID_LENGTH) return null;
  const match = ID_PATTERN.exec(id);
  if (!match) return null;
  const prefix = match[1];
  const entry = Object.entries(ID_PREFIXES).find(([, value]) => value === prefix);
  return entry ? (entry[0] as NodeLabel) : null;
}

export function slugify(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, maxLength) ?? '') || 'item';
}

/** Candidate ids for a new node, most readable first: `claim:foo`, `claim:foo-2`, ... */
export function idCandidates(label: NodeLabel, text: string, count = 8): string[] {
  const base = `${ID_PREFIXES[label]}:${slugify(text)}`;
  return [base, ...Array.from({ length: count - 1 }, (_, i) => `${base}-${i + 2}`)];
}
