import { CITATION_ATTRIBUTIONS, CITATION_ROLES, type CitationAttribution, type CitationRole } from '../index.js';
import { givenFields, idOf, oneOf, optionalOneOf, optionalText, type InputReference } from '../validation.js';

export interface RawCitation {
  claimId: string;
  provisionId: string;
  role: unknown;
  note?: string | null;
  /** Whose reading this is; SPEAKER unless the analyst supplies it. */
  attribution?: unknown;
}

export interface ValidCitation {
  claimId: string;
  provisionId: string;
  role: CitationRole;
  note: string | null;
  attribution: CitationAttribution;
}

/** A claim citing a provision, in a role. */
export function validateCitation(raw: RawCitation, at: string): { citation: ValidCitation; references: InputReference[] } {
  const citation: ValidCitation = {
    claimId: idOf('Claim', raw.claimId, `${at}claimId`),
    provisionId: idOf('Provision', raw.provisionId, `${at}provisionId`),
    role: oneOf(CITATION_ROLES, raw.role, `${at}role`),
    note: optionalText(raw.note, `${at}note`, 'note'),
    attribution: optionalOneOf(CITATION_ATTRIBUTIONS, raw.attribution, `${at}attribution`) ?? 'SPEAKER',
  };
  return {
    citation,
    references: [
      { id: citation.claimId, label: 'Claim', field: `${at}claimId` },
      { id: citation.provisionId, label: 'Provision', field: `${at}provisionId` },
    ],
  };
}

/** A citation as an update leaves it: its role or note changed (it stays between the same claim and provision). */
export function applyCitationUpdate(current: ValidCitation, input: { role?: unknown; note?: string | null }, at: string): ValidCitation {
  const { role, note } = givenFields(input, at);
  const raw: RawCitation = { ...current, ...(role !== undefined ? { role } : {}), ...(note !== undefined ? { note } : {}) };
  return validateCitation(raw, at).citation;
}
