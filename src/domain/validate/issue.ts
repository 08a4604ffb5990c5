import { optionalIdOf, requiredText } from '../validation.js';

export interface ValidIssue {
  id: string | null;
  question: string;
}

/** A question the debate answers. */
export function validateIssue(raw: { id?: string | null; question: unknown }, at: string): ValidIssue {
  return {
    id: optionalIdOf('Issue', raw.id, `${at}id`),
    question: requiredText(typeof raw.question === 'string' ? raw.question : '', `${at}question`, 'question'),
  };
}
