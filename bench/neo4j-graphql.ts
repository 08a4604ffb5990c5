/** The @neo4j/graphql baseline: the same graph served through graphql-yoga by @neo4j/graphql. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { NEO4J_GRAPHQL_TYPEDEFS } from './baselines/neo4j-graphql-typedefs.js';

export async function startNeo4jGraphql(driver: Driver, database: string): Promise<{ url: string; server: Server }> {
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  const yoga = createYoga({ schema, context: () => ({ sessionConfig: { database } }), logging: false, graphiql: false });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}
