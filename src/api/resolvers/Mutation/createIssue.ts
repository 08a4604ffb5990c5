import type { MutationResolvers } from '../../../generated/graphql.js';
import { optionalIdOf, requiredText } from '../../../domain/validation.js';

export const createIssue: MutationResolvers['createIssue'] = (_parent, { input }, ctx) =>
  ctx.repos.issues.createIssue({
    issue: { id: optionalIdOf('Issue', input.id, 'input.id'), question: requiredText(input.question, 'input.question', 'question') },
  });
