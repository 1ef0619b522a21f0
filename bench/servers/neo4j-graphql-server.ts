import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

export const NEO4J_GRAPHQL_TYPE_DEFS = join(__dirname, 'neo4j-graphql-type-defs.graphql');

/** The schema @neo4j/graphql builds from the bench's type definitions. */
export async function neo4jGraphqlSchema(driver: Driver) {
  const typeDefs = readFileSync(NEO4J_GRAPHQL_TYPE_DEFS, 'utf8');
  return new Neo4jGraphQL({ typeDefs, driver }).getSchema();
}

/**
 * The obvious alternative: @neo4j/graphql's schema served by Apollo Server's standalone HTTP
 * server, as its getting-started guide does, with the landing page off as in our production.
 */
export async function startNeo4jGraphqlServer(driver: Driver): Promise<{ url: string; stop(): Promise<void> }> {
  const apollo = new ApolloServer({
    schema: await neo4jGraphqlSchema(driver),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
  return { url: new URL('/graphql', url).toString(), stop: () => apollo.stop() };
}
