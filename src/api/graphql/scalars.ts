import { GraphQLScalarType, Kind } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { ErrorCode } from './errors.js';
import { isIsoDateTime } from '../../domain/dates.js';

/**
 * A Date input must be a string; whether it is a real calendar date is checked by the domain
 * validator of the input it belongs to, which can name the field at fault (`input.publishedAt`),
 * something a scalar cannot know.
 */
function parseDate(value: unknown): string {
  if (typeof value !== 'string') {
    throw createGraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return value.trim();
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  // The same words as schema/base.graphql, which graphql-tools would otherwise replace with these.
  description:
    'A calendar date written `YYYY-MM-DD` (ISO 8601), e.g. `2025-04-14`; anything else, or a day that does not exist, is refused with BAD_USER_INPUT.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDateTime(value.trim())) {
    throw createGraphQLError(
      `DateTime must be an ISO 8601 date-time that exists, with its offset (e.g. 2025-04-20T12:00:00Z), got ${JSON.stringify(value).slice(0, 60)}`,
      {
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      },
    );
  }
  return new Date(value.trim()).toISOString();
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 date-time with offset, e.g. `2025-04-14T17:03:00.000Z`.',
  serialize: (value) => String(value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
