import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { validate } from '@graphql-inspector/core';
import { getOperationAST, Kind, parse, Source, type GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../../src/config.js';
import { GRAPHIQL_EXAMPLE_TABS } from '../../src/api/graphql/graphiql-examples.js';
import { operationCost } from '../../src/api/graphql/query-cost.js';
import { buildSchema, loadTypeDefs } from '../../src/api/graphql/schema.js';
import { QUERY_LIMITS } from '../../src/api/graphql/yoga.js';
import { loadPersistedDocuments } from '../../src/api/graphql/persisted-operations.js';

const LIMITS = { maxDepth: QUERY_LIMITS.depth, maxAliasCount: QUERY_LIMITS.aliases, maxTokenCount: QUERY_LIMITS.tokens };

/** The operations the explorer sends (its persisted documents), and the strings it passes to gql() or graphiqlLink() in place. */
async function explorerOperations(): Promise<Source[]> {
  const sources = [...loadPersistedDocuments()].map(([hash, document]) => new Source(document, `persisted operation ${hash}`));
  for (const file of ['web/src/api.ts', 'web/src/main.ts']) {
    const text = await readFile(path.join(REPO_ROOT, file), 'utf8');
    for (const match of text.matchAll(/\b(?:gql|graphiqlLink)(?:<[^(]*>)?\(\s*(['`])([\s\S]*?)\1/g)) {
      sources.push(new Source(match[2]!, `${file} at ${match.index}`));
    }
  }
  return sources;
}

describe('the schema and the operations written against it', () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await buildSchema();
  });

  it('serves the Date and DateTime descriptions the SDL gives', async () => {
    const sdl = parse((await loadTypeDefs()).join('\n'));
    for (const name of ['Date', 'DateTime']) {
      const written = sdl.definitions.find((d) => d.kind === Kind.SCALAR_TYPE_DEFINITION && d.name.value === name);
      assert.ok(written && 'description' in written && written.description, `${name} is described in the SDL`);
      assert.equal(schema.getType(name)?.description, written.description.value, name);
    }
  });

  it('the GraphiQL examples and the explorer operations are valid, within the depth, alias, token and cost limits', async () => {
    const sources = [
      ...GRAPHIQL_EXAMPLE_TABS.map(({ query }, i) => new Source(query, `GraphiQL example ${i + 1}`)),
      ...(await explorerOperations()),
    ];
    assert.ok(sources.length >= GRAPHIQL_EXAMPLE_TABS.length + 5, `${sources.length} operations found`);
    const invalid = validate(schema, sources, LIMITS);
    assert.deepEqual(
      invalid.map((d) => `${d.source.name}: ${[...d.errors, ...d.deprecated].map((e) => e.message).join('; ')}`),
      [],
    );
    for (const source of sources) {
      const document = parse(source);
      const { cost } = operationCost(schema, document, getOperationAST(document)!);
      assert.ok(cost <= QUERY_LIMITS.cost, `${source.name} costs ${cost}`);
    }
  });

  it('an operation that strays from the schema is reported', () => {
    const stray = new Source('{ claim(id: "claim:a") { id wording } claims(page: 2) { totalCount } }', 'stray');
    const [report] = validate(schema, [stray], LIMITS);
    assert.deepEqual(report?.errors.map((e) => e.message).sort(), [
      'Cannot query field "wording" on type "Claim".',
      'Unknown argument "page" on field "Query.claims".',
    ]);
  });
});
