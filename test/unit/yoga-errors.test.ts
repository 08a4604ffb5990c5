import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Context } from '../../src/api/graphql/context.js';
import { invalid } from '../../src/domain/errors.js';
import { createArgmapYoga } from '../../src/api/graphql/yoga.js';

describe('error masking', () => {
  const logged: unknown[] = [];
  const schema = makeExecutableSchema({
    typeDefs: 'type Query { boom: String  refused: String }',
    resolvers: {
      Query: {
        boom: () => {
          throw new Error('secret detail: bolt://user:password@db');
        },
        refused: () => {
          throw invalid('input.text', 'text must not be empty');
        },
      },
    },
  });
  const yoga = createArgmapYoga({
    schema,
    context: () => ({ stats: { roundTrips: 0 } }) as unknown as Context,
    graphiql: false,
    logError: (error) => logged.push(error),
  });
  const ask = async (query: string) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  };

  it('an unexpected failure reaches the client as INTERNAL_SERVER_ERROR with no detail or stack, and is logged', async () => {
    const body = await ask('{ boom }');
    assert.equal(body.errors[0]?.extensions.code, 'INTERNAL_SERVER_ERROR');
    assert.doesNotMatch(JSON.stringify(body), /secret|password|stack|at /);
    assert.equal(logged.length, 1);
  });

  it('a domain refusal reaches the client with its message, its code from the catalog and its field', async () => {
    const body = await ask('{ refused }');
    assert.deepEqual(body.errors[0]?.extensions, { code: 'BAD_USER_INPUT', field: 'input.text' });
    assert.equal(body.errors[0]?.message, 'text must not be empty');
  });
});
