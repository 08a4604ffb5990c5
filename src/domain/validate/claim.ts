import { invalid } from '../errors.js';
import { CLAIM_KINDS, type ClaimKind } from '../index.js';
import { oneOf, optionalIdOf, requiredText, optionalOneOf, type InputReference } from '../validation.js';
import { validateCitation, type RawCitation, type ValidCitation } from './citation.js';
import { validateAssertion, type RawAssertion, type ValidAssertion } from './assertion.js';
import { validatePosition, type RawPosition, type ValidPosition } from './position.js';

export interface RawClaim {
  id?: string | null;
  text: unknown;
  kind: unknown;
}

export interface ValidClaim {
  id: string | null;
  text: string;
  kind: ClaimKind;
}

/** A claim: a neutral one-sentence statement of one of the claim kinds. */
export function validateClaim(raw: RawClaim, at: string): ValidClaim {
  return {
    id: optionalIdOf('Claim', raw.id, `${at}id`),
    text: requiredText(typeof raw.text === 'string' ? raw.text : '', `${at}text`, 'text'),
    kind: oneOf(CLAIM_KINDS, raw.kind, `${at}kind`),
  };
}

/** A change to a claim: at least one of text and kind. */
export function validateClaimUpdate(
  raw: { text?: string | null; kind?: unknown },
  at: string,
): { text: string | null; kind: ClaimKind | null } {
  const text = raw.text === null || raw.text === undefined ? null : requiredText(raw.text, `${at}text`, 'text');
  const kind = optionalOneOf(CLAIM_KINDS, raw.kind, `${at}kind`);
  if (text === null && kind === null) throw invalid(at.replace(/\.$/, '') || 'input', 'Nothing to update: give text or kind');
  return { text, kind };
}

export interface NewClaim extends ValidClaim {
  assertion: Omit<ValidAssertion, 'id' | 'claimId' | 'argumentId'> | null;
  citations: Omit<ValidCitation, 'claimId'>[];
  positions: Omit<ValidPosition, 'claimId'>[];
}

/** `createClaim`'s input: the claim with its first assertion, its citations and its positions. */
export function validateNewClaim(
  raw: RawClaim & {
    assertion?: Omit<RawAssertion, 'claimId' | 'argumentId'> | null;
    citations?: readonly Omit<RawCitation, 'claimId'>[] | null;
    positions?: readonly Omit<RawPosition, 'claimId'>[] | null;
  },
  at: string,
): { claim: NewClaim; references: InputReference[] } {
  const claim = validateClaim(raw, at);
  const references: InputReference[] = [];
  // The claim does not exist yet: its id stands in for the checks, and is not a reference.
  const self = claim.id ?? 'claim:new';
  let assertion: NewClaim['assertion'] = null;
  if (raw.assertion) {
    const valid = validateAssertion({ ...raw.assertion, claimId: self }, `${at}assertion.`);
    references.push(...valid.references.filter((r) => r.id !== self));
    const { id: _id, claimId: _claimId, argumentId: _argumentId, ...fields } = valid.assertion;
    assertion = fields;
  }
  const citations = (raw.citations ?? []).map((c, i) => {
    const valid = validateCitation({ ...c, claimId: self }, `${at}citations[${i}].`);
    references.push(...valid.references.filter((r) => r.id !== self));
    const { claimId: _claimId, ...fields } = valid.citation;
    return fields;
  });
  const positions = (raw.positions ?? []).map((p, i) => {
    const valid = validatePosition({ ...p, claimId: self }, `${at}positions[${i}].`);
    references.push(...valid.references.filter((r) => r.id !== self));
    const { claimId: _claimId, ...fields } = valid.position;
    return fields;
  });
  return { claim: { ...claim, assertion, citations, positions }, references };
}
