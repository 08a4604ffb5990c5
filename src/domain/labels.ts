const capitalised = (word: string) => `${word.charAt(0)}${word.slice(1).toLowerCase()}`;

/** How an argument is named wherever it is drawn: Support, Rebut, Undermine, Undercut, with its scheme when it has one. */
export function argumentLabel(argument: { kind: string | null; attackKind: string | null; scheme?: string | null }): string {
  const base = argument.attackKind ? capitalised(argument.attackKind) : argument.kind === 'SUPPORT' ? 'Support' : 'Argument';
  return argument.scheme ? `${base}: ${argument.scheme}` : base;
}
