import { invalid } from '../errors.js';
import { givenFields, idOf, optionalDate, optionalIdOf, optionalText, type InputReference } from '../validation.js';

export interface RawAssertion {
  id?: string | null;
  actorId: string;
  claimId?: string | null;
  argumentId?: string | null;
  sourceId?: string | null;
  quote?: string | null;
  date?: string | null;
  /** The illocution (AIF YA scheme) by which it was said: Asserting, Agreeing, Restating ... */
  illocution?: string | null;
  /** Position in the dialogue it belongs to (1, 2, ...). */
  sequence?: number | null;
  /** The assertions it replies to in the dialogue (AIF TA transitions), stored as REPLIES_TO. */
  previousIds?: readonly string[] | null;
}

export interface ValidAssertion {
  id: string | null;
  actorId: string;
  claimId: string | null;
  argumentId: string | null;
  sourceId: string | null;
  quote: string | null;
  date: string | null;
  illocution?: string | null;
  sequence?: number | null;
  previousIds?: string[];
}

/** Who asserted one claim or one argument, where, in which words, when. */
export function validateAssertion(raw: RawAssertion, at: string): { assertion: ValidAssertion; references: InputReference[] } {
  const claimId = optionalIdOf('Claim', raw.claimId, `${at}claimId`);
  const argumentId = optionalIdOf('Argument', raw.argumentId, `${at}argumentId`);
  if ((claimId === null) === (argumentId === null)) {
    throw invalid(`${at}claimId`, 'An assertion is of exactly one claim or one argument: give claimId or argumentId');
  }
  const assertion: ValidAssertion = {
    id: optionalIdOf('Assertion', raw.id, `${at}id`),
    actorId: idOf('Actor', raw.actorId, `${at}actorId`),
    claimId,
    argumentId,
    sourceId: optionalIdOf('Source', raw.sourceId, `${at}sourceId`),
    quote: optionalText(raw.quote, `${at}quote`, 'quote'),
    date: optionalDate(raw.date, `${at}date`),
  };
  if (raw.illocution) assertion.illocution = optionalText(raw.illocution, `${at}illocution`, 'scheme');
  if (raw.sequence !== null && raw.sequence !== undefined) {
    if (!Number.isInteger(raw.sequence) || raw.sequence < 0)
      throw invalid(`${at}sequence`, `${at}sequence must be a whole number, 0 or more`);
    assertion.sequence = raw.sequence;
  }
  const previousIds = [...new Set((raw.previousIds ?? []).map((p, j) => idOf('Assertion', p, `${at}previousIds[${j}]`)))];
  previousIds.forEach((p, j) => {
    if (p === assertion.id) throw invalid(`${at}previousIds[${j}]`, 'An assertion cannot reply to itself');
  });
  if (previousIds.length > 0) assertion.previousIds = previousIds;
  const references: InputReference[] = [{ id: assertion.actorId, label: 'Actor', field: `${at}actorId` }];
  previousIds.forEach((p, j) => references.push({ id: p, label: 'Assertion', field: `${at}previousIds[${j}]` }));
  if (claimId) references.push({ id: claimId, label: 'Claim', field: `${at}claimId` });
  if (argumentId) references.push({ id: argumentId, label: 'Argument', field: `${at}argumentId` });
  if (assertion.sourceId) references.push({ id: assertion.sourceId, label: 'Source', field: `${at}sourceId` });
  return { assertion, references };
}

/** What an update may change of an assertion: who said it, where, in which words, when (not what it asserts). */
export interface RawAssertionUpdate {
  actorId?: string | null;
  sourceId?: string | null;
  quote?: string | null;
  date?: string | null;
}

/** An assertion as an update leaves it: the fields given over its current ones, checked as a new assertion is. */
export function applyAssertionUpdate(
  current: Omit<ValidAssertion, 'id'> & { id: string },
  input: RawAssertionUpdate,
  at: string,
): { assertion: ValidAssertion; references: InputReference[] } {
  const { actorId, ...given } = givenFields(input, at);
  if (actorId === null) throw invalid(`${at}actorId`, 'An assertion needs an actor: name another one, or leave actorId out');
  const raw: RawAssertion = {
    id: current.id,
    actorId: actorId ?? current.actorId,
    claimId: current.claimId,
    argumentId: current.argumentId,
    sourceId: current.sourceId,
    quote: current.quote,
    date: current.date,
    ...given,
  };
  return validateAssertion(raw, at);
}
