import { badInput } from '../api/errors.js';
import type { ArgumentKind, AttackKind } from './index.js';

export interface ArgumentShape {
  kind: ArgumentKind;
  attackKind: AttackKind | null;
  premiseIds: readonly string[];
  conclusionId: string | null;
  targetArgumentId: string | null;
}

/**
 * The rules every argument keeps, wherever it comes from: premises present and distinct,
 * exactly one conclusion or target, no self-support or self-attack, attack kinds that fit.
 * Returns the attack kind to store (REBUT or UNDERCUT by default for an attack).
 */
export function checkArgument(arg: ArgumentShape, at: string): AttackKind | null {
  if (arg.premiseIds.length === 0) {
    throw badInput(`${at}premiseIds`, 'An argument needs at least one premise');
  }
  const seen = new Set<string>();
  arg.premiseIds.forEach((id, i) => {
    if (seen.has(id))
      throw badInput(`${at}premiseIds[${i}]`, `Premise "${id}" is listed twice; the premises of a linked argument must be distinct`);
    seen.add(id);
  });
  if (arg.conclusionId && arg.targetArgumentId) {
    throw badInput(`${at}targetArgumentId`, 'Give either conclusionId (a claim) or targetArgumentId (an undercut), not both');
  }
  if (!arg.conclusionId && !arg.targetArgumentId) {
    throw badInput(`${at}conclusionId`, 'An argument needs a conclusion: conclusionId (a claim) or, for an undercut, targetArgumentId');
  }
  if (arg.conclusionId && seen.has(arg.conclusionId)) {
    const what = arg.kind === 'ATTACK' ? 'attack itself' : 'support itself';
    throw badInput(`${at}conclusionId`, `Claim "${arg.conclusionId}" cannot ${what}: it is both a premise and the conclusion`);
  }
  if (arg.kind === 'SUPPORT') {
    if (arg.attackKind) throw badInput(`${at}attackKind`, 'attackKind is only for ATTACK arguments');
    if (arg.targetArgumentId) throw badInput(`${at}targetArgumentId`, 'Only an ATTACK argument (an undercut) can target another argument');
    return null;
  }
  if (arg.targetArgumentId) {
    if (arg.attackKind && arg.attackKind !== 'UNDERCUT') {
      throw badInput(`${at}attackKind`, 'An attack on another argument is an UNDERCUT');
    }
    return 'UNDERCUT';
  }
  if (arg.attackKind === 'UNDERCUT') {
    throw badInput(`${at}targetArgumentId`, 'An UNDERCUT attacks another argument: give targetArgumentId instead of conclusionId');
  }
  return arg.attackKind ?? 'REBUT';
}
