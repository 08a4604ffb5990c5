import { STANCES, type Stance } from '../index.js';
import { idOf, oneOf, type InputReference } from '../validation.js';

export interface RawPosition {
  claimId: string;
  issueId: string;
  stance: unknown;
}

export interface ValidPosition {
  claimId: string;
  issueId: string;
  stance: Stance;
}

/** The stance a claim takes on an issue's question. */
export function validatePosition(raw: RawPosition, at: string): { position: ValidPosition; references: InputReference[] } {
  const position: ValidPosition = {
    claimId: idOf('Claim', raw.claimId, `${at}claimId`),
    issueId: idOf('Issue', raw.issueId, `${at}issueId`),
    stance: oneOf(STANCES, raw.stance, `${at}stance`),
  };
  return {
    position,
    references: [
      { id: position.claimId, label: 'Claim', field: `${at}claimId` },
      { id: position.issueId, label: 'Issue', field: `${at}issueId` },
    ],
  };
}
