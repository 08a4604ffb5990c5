import { invalid } from '../errors.js';
import { idOf, optionalDate, optionalIdOf, optionalText, type InputReference } from '../validation.js';

export interface RawAssertion {
  id?: string | null;
  actorId: string;
  claimId?: string | null;
  argumentId?: string | null;
  sourceId?: string | null;
  quote?: string | null;
  date?: string | null;
}

export interface ValidAssertion {
  id: string | null;
  actorId: string;
  claimId: string | null;
  argumentId: string | null;
  sourceId: string | null;
  quote: string | null;
  date: string | null;
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
  const references: InputReference[] = [{ id: assertion.actorId, label: 'Actor', field: `${at}actorId` }];
  if (claimId) references.push({ id: claimId, label: 'Claim', field: `${at}claimId` });
  if (argumentId) references.push({ id: argumentId, label: 'Argument', field: `${at}argumentId` });
  if (assertion.sourceId) references.push({ id: assertion.sourceId, label: 'Source', field: `${at}sourceId` });
  return { assertion, references };
}
