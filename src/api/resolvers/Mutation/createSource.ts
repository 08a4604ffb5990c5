import type { MutationResolvers } from '../../../generated/graphql.js';
import { optionalIdOf, optionalText, optionalUrl, requiredText } from '../../../domain/validation.js';

export const createSource: MutationResolvers['createSource'] = (_parent, { input }, ctx) =>
  ctx.repos.sources.createSource({
    source: {
      id: optionalIdOf('Source', input.id, 'input.id'),
      title: requiredText(input.title, 'input.title', 'title'),
      kind: input.kind,
      publisher: optionalText(input.publisher, 'input.publisher', 'publisher'),
      author: optionalText(input.author, 'input.author', 'author'),
      publishedAt: input.publishedAt ?? null,
      url: optionalUrl(input.url, 'input.url'),
    },
  });
