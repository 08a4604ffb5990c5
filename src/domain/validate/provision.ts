import { invalid } from '../errors.js';
import { PROVISION_KINDS, type ProvisionKind } from '../index.js';
import { givenFields, oneOf, optionalIdOf, optionalText, requiredText, type InputReference } from '../validation.js';

export interface RawProvision {
  id?: string | null;
  name: unknown;
  kind: unknown;
  citation?: string | null;
  summary?: string | null;
  partOfId?: string | null;
}

export interface ValidProvision {
  id: string | null;
  name: string;
  kind: ProvisionKind;
  citation: string | null;
  summary: string | null;
  partOfId: string | null;
}

/** A legal provision (constitution, article, clause, doctrine, statute...), part of at most one other. */
export function validateProvision(raw: RawProvision, at: string): { provision: ValidProvision; references: InputReference[] } {
  const provision: ValidProvision = {
    id: optionalIdOf('Provision', raw.id, `${at}id`),
    name: requiredText(typeof raw.name === 'string' ? raw.name : '', `${at}name`, 'name'),
    kind: oneOf(PROVISION_KINDS, raw.kind, `${at}kind`),
    citation: optionalText(raw.citation, `${at}citation`, 'citation'),
    summary: optionalText(raw.summary, `${at}summary`, 'summary'),
    partOfId: optionalIdOf('Provision', raw.partOfId, `${at}partOfId`),
  };
  if (provision.partOfId && provision.partOfId === provision.id) {
    throw invalid(`${at}partOfId`, 'A provision cannot be part of itself');
  }
  return {
    provision,
    references: provision.partOfId ? [{ id: provision.partOfId, label: 'Provision', field: `${at}partOfId` }] : [],
  };
}

/**
 * A provision as an update leaves it: the fields given over its current ones, checked as a new
 * provision is (a cycle through its parts is the repository's to find: it needs the stored tree).
 */
export function applyProvisionUpdate(
  current: ValidProvision & { id: string },
  input: Partial<Omit<RawProvision, 'id'>>,
  at: string,
): { provision: ValidProvision; references: InputReference[] } {
  return validateProvision({ ...current, ...givenFields(input, at), id: current.id }, at);
}
