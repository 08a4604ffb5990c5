import { invalid } from '../errors.js';
import { ACTOR_KINDS, type ActorKind } from '../index.js';
import { givenFields, idOf, oneOf, optionalIdOf, optionalText, requiredText, type InputReference } from '../validation.js';

export interface RawActor {
  id?: string | null;
  name: unknown;
  kind: unknown;
  description?: string | null;
}

export interface ValidActor {
  id: string | null;
  name: string;
  kind: ActorKind;
  description: string | null;
}

/** A person, organisation, government, court or outlet. */
export function validateActor(raw: RawActor, at: string): ValidActor {
  return {
    id: optionalIdOf('Actor', raw.id, `${at}id`),
    name: requiredText(typeof raw.name === 'string' ? raw.name : '', `${at}name`, 'name'),
    kind: oneOf(ACTOR_KINDS, raw.kind, `${at}kind`),
    description: optionalText(raw.description, `${at}description`, 'description'),
  };
}

/** An actor as an update leaves it: the fields given over its current ones, checked as a new actor is. */
export function applyActorUpdate(current: ValidActor & { id: string }, input: Partial<Omit<RawActor, 'id'>>, at: string): ValidActor {
  return validateActor({ ...current, ...givenFields(input, at), id: current.id }, at);
}

export interface ValidAffiliation {
  actorId: string;
  organizationId: string;
  role: string | null;
}

/** A person's (or organisation's) affiliation with an organisation. */
export function validateAffiliation(
  raw: { actorId: string; organizationId: string; role?: string | null },
  at: string,
): { affiliation: ValidAffiliation; references: InputReference[] } {
  const actorId = idOf('Actor', raw.actorId, `${at}actorId`);
  const organizationId = idOf('Actor', raw.organizationId, `${at}organizationId`);
  if (actorId === organizationId) throw invalid(`${at}organizationId`, 'An actor cannot be affiliated with itself');
  return {
    affiliation: { actorId, organizationId, role: optionalText(raw.role, `${at}role`, 'role') },
    references: [
      { id: actorId, label: 'Actor', field: `${at}actorId` },
      { id: organizationId, label: 'Actor', field: `${at}organizationId` },
    ],
  };
}
