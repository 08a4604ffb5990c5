import { givenFields, optionalIdOf, requiredText } from '../validation.js';

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

/** An issue as an update leaves it: its question changed, checked as a new issue's is. */
export function applyIssueUpdate(current: ValidIssue & { id: string }, input: { question?: unknown }, at: string): ValidIssue {
  return validateIssue({ ...current, ...givenFields(input, at), id: current.id }, at);
}
