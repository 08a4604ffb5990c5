import type { MutationResolvers } from '../../../generated/graphql.js';
import { idOf, optionalIdOf, optionalText, requiredText } from '../../../domain/validation.js';

export const createClaim: MutationResolvers['createClaim'] = (_parent, { input }, ctx) =>
  ctx.repos.claims.createClaim({
    claim: {
      id: optionalIdOf('Claim', input.id, 'input.id'),
      text: requiredText(input.text, 'input.text', 'text'),
      kind: input.kind,
      assertion: input.assertion
        ? {
            actorId: idOf('Actor', input.assertion.actorId, 'input.assertion.actorId'),
            sourceId: optionalIdOf('Source', input.assertion.sourceId, 'input.assertion.sourceId'),
            quote: optionalText(input.assertion.quote, 'input.assertion.quote', 'quote'),
            date: input.assertion.date ?? null,
          }
        : null,
      citations: (input.citations ?? []).map((c, i) => ({
        provisionId: idOf('Provision', c.provisionId, `input.citations[${i}].provisionId`),
        role: c.role,
        note: optionalText(c.note, `input.citations[${i}].note`, 'note'),
      })),
      positions: (input.positions ?? []).map((p, i) => ({
        issueId: idOf('Issue', p.issueId, `input.positions[${i}].issueId`),
        stance: p.stance,
      })),
    },
  });
