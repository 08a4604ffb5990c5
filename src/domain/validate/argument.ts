import { invalid } from '../errors.js';
import { ARGUMENT_KINDS, ATTACK_KINDS, type ArgumentKind, type AttackKind } from '../index.js';
import { givenFields, idOf, oneOf, optionalIdOf, optionalOneOf, optionalText, type InputReference } from '../validation.js';

export interface RawArgument {
  id?: string | null;
  kind: unknown;
  attackKind?: unknown;
  premiseIds?: readonly unknown[] | null;
  conclusionId?: string | null;
  targetArgumentId?: string | null;
  scheme?: string | null;
  /** The AIF scheme id (AIFdb `schemeID`) of an imported argument. */
  schemeId?: string | null;
  rationale?: string | null;
  /** The analyst's reconstruction, not an inference a speaker states. */
  reconstructed?: boolean | null;
}

export interface ValidArgument {
  id: string | null;
  kind: ArgumentKind;
  attackKind: AttackKind | null;
  premiseIds: string[];
  conclusionId: string | null;
  targetArgumentId: string | null;
  scheme: string | null;
  schemeId?: string | null;
  rationale: string | null;
  reconstructed?: boolean;
}

/**
 * The rules every argument keeps, wherever it comes from: premises present and distinct (their
 * order is kept), exactly one conclusion or target, no self-support, self-attack or
 * self-undercut, attack kinds that fit (an attack is a REBUT unless it says otherwise; an attack
 * on an argument is an UNDERCUT). `at` is the path of the input (`input.`, `input.arguments[3].`).
 */
export function validateArgument(raw: RawArgument, at: string): { argument: ValidArgument; references: InputReference[] } {
  const id = optionalIdOf('Argument', raw.id, `${at}id`);
  const kind = oneOf(ARGUMENT_KINDS, raw.kind, `${at}kind`);
  const premiseIds = (raw.premiseIds ?? []).map((p, i) => idOf('Claim', typeof p === 'string' ? p : '', `${at}premiseIds[${i}]`));
  const conclusionId = optionalIdOf('Claim', raw.conclusionId, `${at}conclusionId`);
  const targetArgumentId = optionalIdOf('Argument', raw.targetArgumentId, `${at}targetArgumentId`);
  let attackKind = optionalOneOf(ATTACK_KINDS, raw.attackKind, `${at}attackKind`);

  if (premiseIds.length === 0) throw invalid(`${at}premiseIds`, 'An argument needs at least one premise');
  const seen = new Set<string>();
  premiseIds.forEach((premise, i) => {
    if (seen.has(premise)) {
      throw invalid(`${at}premiseIds[${i}]`, `Premise "${premise}" is listed twice; the premises of a linked argument must be distinct`);
    }
    seen.add(premise);
  });
  if (conclusionId && targetArgumentId) {
    throw invalid(`${at}targetArgumentId`, 'Give either conclusionId (a claim) or targetArgumentId (an undercut), not both');
  }
  if (!conclusionId && !targetArgumentId) {
    throw invalid(`${at}conclusionId`, 'An argument needs a conclusion: conclusionId (a claim) or, for an undercut, targetArgumentId');
  }
  if (conclusionId && seen.has(conclusionId)) {
    const what = kind === 'ATTACK' ? 'attack itself' : 'support itself';
    throw invalid(`${at}conclusionId`, `Claim "${conclusionId}" cannot ${what}: it is both a premise and the conclusion`);
  }
  if (targetArgumentId && targetArgumentId === id) {
    throw invalid(`${at}targetArgumentId`, 'An argument cannot undercut itself');
  }
  if (kind === 'SUPPORT') {
    if (attackKind) throw invalid(`${at}attackKind`, 'attackKind is only for ATTACK arguments');
    if (targetArgumentId) throw invalid(`${at}targetArgumentId`, 'Only an ATTACK argument (an undercut) can target another argument');
  } else if (targetArgumentId) {
    if (attackKind && attackKind !== 'UNDERCUT') throw invalid(`${at}attackKind`, 'An attack on another argument is an UNDERCUT');
    attackKind = 'UNDERCUT';
  } else {
    if (attackKind === 'UNDERCUT') {
      throw invalid(`${at}targetArgumentId`, 'An UNDERCUT attacks another argument: give targetArgumentId instead of conclusionId');
    }
    attackKind = attackKind ?? 'REBUT';
  }

  const references: InputReference[] = premiseIds.map((p, i) => ({ id: p, label: 'Claim', field: `${at}premiseIds[${i}]` }));
  if (conclusionId) references.push({ id: conclusionId, label: 'Claim', field: `${at}conclusionId` });
  if (targetArgumentId) references.push({ id: targetArgumentId, label: 'Argument', field: `${at}targetArgumentId` });
  return {
    argument: {
      id,
      kind,
      attackKind,
      premiseIds,
      conclusionId,
      targetArgumentId,
      scheme: optionalText(raw.scheme, `${at}scheme`, 'scheme'),
      ...(raw.schemeId ? { schemeId: optionalText(raw.schemeId, `${at}schemeId`, 'scheme') } : {}),
      rationale: optionalText(raw.rationale, `${at}rationale`, 'rationale'),
      ...(raw.reconstructed ? { reconstructed: true } : {}),
    },
    references,
  };
}

/** What an update may change of an argument: everything but its id (and its assertions, which are their own). */
export type RawArgumentUpdate = Partial<Omit<RawArgument, 'id' | 'schemeId' | 'reconstructed'>>;

/** An argument as stored, with its premises in order. */
export type CurrentArgument = Required<Omit<ValidArgument, 'schemeId' | 'reconstructed'>> & { id: string };

/** Whether an attack kind still fits the argument's shape (a support has none; an undercut's is UNDERCUT; an attack on a claim's is not). */
function attackKindFits(attackKind: AttackKind | null, shape: { kind: unknown; targetArgumentId?: string | null }): boolean {
  if (shape.kind === 'SUPPORT') return attackKind === null;
  return shape.targetArgumentId ? attackKind === 'UNDERCUT' : attackKind !== 'UNDERCUT';
}

/**
 * An argument as an update leaves it, checked as a new argument is (so a premise that is its own
 * conclusion, or an undercut of itself, is refused). A new conclusion replaces the target argument
 * and a new target the conclusion; an attack kind left out is kept while it fits the new shape
 * and otherwise made again from it (REBUT for an attack on a claim, UNDERCUT on an argument).
 */
export function applyArgumentUpdate(
  current: CurrentArgument,
  input: RawArgumentUpdate,
  at: string,
): { argument: ValidArgument; references: InputReference[] } {
  const given = givenFields(input, at);
  const raw: RawArgument = { ...current, ...given };
  if (given.conclusionId !== undefined && given.targetArgumentId === undefined) raw.targetArgumentId = null;
  if (given.targetArgumentId !== undefined && given.conclusionId === undefined) raw.conclusionId = null;
  if (given.attackKind === undefined && !attackKindFits(current.attackKind, raw)) raw.attackKind = null;
  return validateArgument(raw, at);
}
