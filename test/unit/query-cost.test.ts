import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import type { Context } from '../../src/api/graphql/context.js';
import { GRAPHIQL_EXAMPLE_TABS } from '../../src/api/graphql/graphiql-examples.js';
import { operationCost, UNPAGED_LIST_ITEMS } from '../../src/api/graphql/query-cost.js';
import { buildSchema } from '../../src/api/graphql/schema.js';
import { createArgmapYoga, QUERY_LIMITS } from '../../src/api/graphql/yoga.js';

const LIMIT = QUERY_LIMITS.cost;

/** A page of claims with who asserted them, where, and the provisions they cite. */
const claimPage = (first: number | string) => `query Page${typeof first === 'string' ? '($first: Int)' : ''} {
  claims(first: ${first}) { edges { node {
    id text kind
    assertions { quote date actor { name kind } source { title publisher publishedAt } }
    citations { role note provision { name citation } }
  } } }
}`;

/** The same page, and for each claim its counterclaims' speakers, premises and positions (as the integration test asks). */
const relationsPage = (first: number) => `{
  claims(first: ${first}) { edges { node {
    id text
    assertions { quote actor { name affiliations { organization { name } } } source { title } }
    citations { role provision { name partOf { name } } }
    counterclaims { text assertedBy { name } }
    supportedBy { premises { id } }
    positions { stance issue { question } }
  } } }
}`;

const nested = (first: number) =>
  `{ claims(first: ${first}) { edges { node { id assertions { actor { assertions { claim { citations { provision { citedBy { claim { text } } } } } } } } } } } }`;

describe('query cost', () => {
  let schema: GraphQLSchema;
  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return operationCost(schema, document, getOperationAST(document)!, variables);
  };
  before(async () => {
    schema = await buildSchema();
  });

  it('counts a connection on a node like the root connections: first or last multiplies its edges, pageInfo and totalCount count once', () => {
    const onNode = (args: string) =>
      `{ claim(id: "claim:a") { assertionsConnection${args} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id quote } } } } }`;
    // claim 1; connection 1 + totalCount 1 + pageInfo 1 + 4; per edge: edge 1 + cursor 1 + node (1 + 2)
    assert.equal(cost(onNode('(first: 10)')).cost, 1 + 1 + 1 + 5 + 10 * (1 + 1 + 3));
    assert.equal(cost(onNode('(last: 10)')).cost, cost(onNode('(first: 10)')).cost, 'last counts as first');
    assert.equal(cost(onNode('')).cost, cost(onNode('(first: 20)')).cost, 'neither: the default page size');
    assert.equal(cost(onNode('(first: $n)').replace('{ claim', 'query ($n: Int) { claim'), { n: 7 }).cost, cost(onNode('(first: 7)')).cost);
    assert.deepEqual(
      cost(onNode('(first: 40)')).fields.map((f) => [f.path, f.pageSize]),
      [['claim.assertionsConnection', 40]],
      'named in the refusal as the page size to lower',
    );
  });

  it('counts values: 1 per scalar, 1 per object plus what it selects, times the page size of every list above', () => {
    assert.equal(cost('{ claim(id: "claim:a") { id text } }').cost, 3);
    assert.equal(cost('{ claims(first: 10) { totalCount edges { cursor node { id } } } }').cost, 1 + 1 + 10 * (1 + 1 + 2));
    assert.equal(cost('{ claims { edges { node { id } } } }').cost, 1 + 20 * (1 + 2), 'no first: the default page size');
    assert.equal(cost('{ claim(id: "claim:a") { assertions { quote } } }').cost, 1 + UNPAGED_LIST_ITEMS * 2);
    assert.equal(cost('{ claim(id: "claim:a") { ... on Claim { id } ...F } } fragment F on Claim { text }').cost, 3);
    assert.equal(cost('{ __schema { types { name } } claim(id: "claim:a") { __typename id } }').cost, 2);
  });

  it('a page size passed as a variable counts as much as one written in the query, and so does its default', () => {
    assert.equal(cost(claimPage('$first'), { first: 80 }).cost, cost(claimPage(80)).cost);
    assert.equal(cost(claimPage('$first')).cost, cost(claimPage(20)).cost);
    assert.equal(cost('query ($n: Int = 7) { claims(first: $n) { totalCount } }').cost, cost('{ claims(first: 7) { totalCount } }').cost);
  });

  it('the GraphiQL examples and pages of 50 claims with their relations are within the limit', () => {
    for (const { query } of GRAPHIQL_EXAMPLE_TABS) assert.ok(cost(query).cost <= LIMIT, `${query.split('\n')[0]}: ${cost(query).cost}`);
    assert.ok(cost(claimPage(100)).cost <= LIMIT, `100 claims with assertions and citations: ${cost(claimPage(100)).cost}`);
    assert.ok(cost(relationsPage(50)).cost <= LIMIT, `50 claims with relations: ${cost(relationsPage(50)).cost}`);
  });

  it('pages of 100 claims with every relation, or lists nested deep, are over it', () => {
    assert.ok(cost(relationsPage(100)).cost > LIMIT, `${cost(relationsPage(100)).cost}`);
    assert.ok(cost(nested(100)).cost > LIMIT, `${cost(nested(100)).cost}`);
    assert.ok(cost(nested(20)).cost > LIMIT, `${cost(nested(20)).cost}`);
  });

  /** `spreads` spreads of F1 at the root, each Fi spreading F(i+1) `spreads` times, the last selecting `leaf` that often. */
  const fragmentBomb = (spreads: number, levels: number, leaf: string) => {
    const spread = (name: string) => Array(spreads).fill(`...${name}`).join(' ');
    let query = `query Bomb { ${spread('F1')} }`;
    for (let i = 1; i <= levels; i++) {
      query += ` fragment F${i} on Query { ${i < levels ? spread(`F${i + 1}`) : Array(spreads).fill(leaf).join(' ')} }`;
    }
    return query;
  };

  it('prices a fragment once per selection however often it is spread, as execution collects it', () => {
    // 190 spreads at 4 levels would be 190^4 (1.3 billion) walks of the last fragment without it.
    assert.equal(cost(fragmentBomb(190, 4, 'currentRevision')).cost, 190);
    assert.equal(cost(fragmentBomb(52, 4, 'claims(first: 3) { totalCount }')).cost, 52 * 2);
    // Spread in two places, it costs in each.
    const twice = cost(`{ a: claim(id: "claim:a") { ...C } b: claim(id: "claim:b") { ...C } } fragment C on Claim { text kind }`);
    assert.equal(twice.cost, 2 * (1 + 2));
    // Inside a connection, its edges still multiply what the fragment selects.
    const paged = cost(`{ claims(first: 7) { edges { node { ...C } } } } fragment C on Claim { text kind assertions { quote } }`);
    // claims 1, and for each of the 7 edges: the edge 1, its node 1, text and kind 2, five assertions of 2.
    assert.equal(paged.cost, 1 + 7 * (1 + 1 + 2 + UNPAGED_LIST_ITEMS * 2));
    assert.equal(
      paged.cost,
      cost(`{ claims(first: 7) { edges { node { text kind assertions { quote } } } } }`).cost,
      'the same selection written out',
    );
  });

  describe('a refusal', () => {
    const ask = async (query: string, variables: Record<string, unknown> = {}) => {
      const yoga = createArgmapYoga({
        schema,
        context: () => ({ stats: { roundTrips: 0 } }) as unknown as Context,
        graphiql: false,
        logError: () => {},
      });
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
      return { status: response.status, body };
    };

    it('says what was exceeded, by how much, and the page size that fits, with QUERY_TOO_COMPLEX', async () => {
      const { status, body } = await ask(relationsPage(100));
      const error = body.errors[0]!;
      assert.equal(status, 400);
      assert.equal(body.errors.length, 1);
      assert.equal(body.data, undefined, 'nothing was executed');
      const measured = cost(relationsPage(100)).cost;
      assert.deepEqual(error.extensions, { code: 'QUERY_TOO_COMPLEX', cost: measured, limit: LIMIT });
      assert.doesNotMatch(error.message, /Syntax Error/);
      assert.match(
        error.message,
        new RegExp(`up to ${measured.toLocaleString('en-US')} values, more than the ${LIMIT.toLocaleString('en-US')} allowed`),
      );
      const fits = Number(/at most (\d+) \(`first: \1`\)/.exec(error.message)?.[1]);
      assert.match(error.message, /`claims` asks for/);
      assert.ok(cost(relationsPage(fits)).cost <= LIMIT, `first: ${fits} fits`);
      assert.ok(cost(relationsPage(fits + 1)).cost > LIMIT, `first: ${fits + 1} does not: the advice is the largest page that fits`);
    });

    it('never advises a page larger than pages can be', async () => {
      const { body } = await ask('{ claims(first: 5000) { edges { node { id text assertions { quote } } } } }');
      assert.equal(body.errors[0]?.extensions.code, 'QUERY_TOO_COMPLEX');
      assert.match(body.errors[0]!.message, /ask for at most 100 \(`first: 100`\)/);
    });

    it('counts a page size given as a variable', async () => {
      const { body } = await ask(
        'query ($n: Int) { claims(first: $n) { edges { node { assertions { actor { assertions { claim { citations { provision { name } } } } } } } } } }',
        {
          n: 100,
        },
      );
      assert.equal(body.errors[0]?.extensions.code, 'QUERY_TOO_COMPLEX');
      assert.match(body.errors[0]!.message, /the 100 items that `claims` asks for/);
    });

    it('the other limits speak plainly too', async () => {
      const deep =
        '{ claim(id: "claim:a") { attackedBy { premises { attackedBy { premises { attackedBy { premises { attackedBy { premises { attackedBy { premises { id } } } } } } } } } } } }';
      const { body } = await ask(deep);
      assert.equal(body.errors[0]?.extensions.code, 'QUERY_TOO_COMPLEX');
      assert.doesNotMatch(body.errors[0]!.message, /Syntax Error/);
      assert.match(body.errors[0]!.message, /depth limit of 10/);
    });
  });
});
